package io.agenticapi.lambda.executecode;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.StripeJavaTransport;
import io.agenticapi.services.ExecuteCodeService;
import io.agenticapi.services.ports.CodeStore;
import io.agenticapi.services.ports.SecretSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

@ApplicationScoped
public class ExecuteCodeRoutes {
    @Produces
    @Singleton
    ActionGroupRouter router(CodeStore store, SecretSource secrets, Clock clock,
                             @ConfigProperty(name = "agentic.api.base-url") String apiBaseUrl) {
        return new ExecuteCodeService(store, PythonSandbox.shared(), secrets, new StripeJavaTransport(apiBaseUrl),
                clock).router();
    }

    /** Start GraalPy at init (and before a SnapStart snapshot), not on the first request. */
    void warmUp(@Observes StartupEvent event) {
        PythonSandbox.shared().warmUp();
    }
}
