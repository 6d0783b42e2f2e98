package io.agenticapi.lambda.invokegenerator;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.services.InvokeAgentService;
import io.agenticapi.services.ports.AgentInvoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

@ApplicationScoped
public class InvokeGeneratorRoutes {
    @Produces
    @Singleton
    ActionGroupRouter router(AgentInvoker invoker) {
        return new InvokeAgentService(invoker).generatorRouter();
    }
}
