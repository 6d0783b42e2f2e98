package io.agenticapi.lambda.invokeexecutor;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.services.InvokeAgentService;
import io.agenticapi.services.ports.AgentInvoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

@ApplicationScoped
public class InvokeExecutorRoutes {
    @Produces
    @Singleton
    ActionGroupRouter router(AgentInvoker invoker) {
        return new InvokeAgentService(invoker).executorRouter();
    }
}
