package io.agenticapi.lambda.validatecode;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ValidateCodeService;
import io.agenticapi.services.ports.CodeStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

@ApplicationScoped
public class ValidateCodeRoutes {
    @Produces
    @Singleton
    ActionGroupRouter router(CodeStore store, Clock clock) {
        return new ValidateCodeService(store, PythonSandbox.shared(), clock).router();
    }

    /** Start GraalPy at init (and before a SnapStart snapshot), not on the first request. */
    void warmUp(@Observes StartupEvent event) {
        PythonSandbox.shared().warmUp();
    }
}
