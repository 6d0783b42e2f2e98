package io.agenticapi.local;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.sandbox.ApiTransport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ExecuteCodeService;
import io.agenticapi.services.GenerateCodeService;
import io.agenticapi.services.InvokeAgentService;
import io.agenticapi.services.ValidateCodeService;
import io.agenticapi.services.ports.AgentInvoker;
import io.agenticapi.services.ports.CodeStore;
import io.agenticapi.services.ports.SecretSource;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system in one JVM: the five Lambdas' real routers over local adapters, and the three agents wired as
 * on AWS (Orchestrator → invoke_* → sub-agents → generate/validate/execute).
 */
public final class LocalSystem {
    public static final List<String> FUNCTIONS =
            List.of("generate_code", "validate_code", "execute_code", "invoke_generator", "invoke_executor");

    private final Map<String, ActionGroupRouter> routers = new LinkedHashMap<>();
    private final LocalAgent orchestrator;
    private final CodeStore store;

    public LocalSystem(ModelClient model, CodeStore store, SecretSource secrets, ApiTransport transport,
                       PythonSandbox python, TraceSink sink, int maxTurns) {
        this.store = store;
        Clock clock = Clock.systemUTC();
        routers.put("generate_code", new GenerateCodeService(store, python, clock).router());
        routers.put("validate_code", new ValidateCodeService(store, python, clock).router());
        routers.put("execute_code", new ExecuteCodeService(store, python, secrets, transport, clock).router());

        LocalAgent generator = agent("generator", model, sink, maxTurns, "generate_code");
        LocalAgent executor = agent("executor", model, sink, maxTurns, "validate_code", "execute_code");
        routers.put("invoke_generator", new InvokeAgentService(new LocalAgentInvoker(generator)).generatorRouter());
        routers.put("invoke_executor", new InvokeAgentService(new LocalAgentInvoker(executor)).executorRouter());
        this.orchestrator = agent("orchestrator", model, sink, maxTurns, "invoke_generator", "invoke_executor");
    }

    private LocalAgent agent(String name, ModelClient model, TraceSink sink, int maxTurns, String... groups) {
        List<LocalAgent.ActionGroup> actionGroups = java.util.Arrays.stream(groups)
                .map(g -> new LocalAgent.ActionGroup(g, routers.get(g).schema(), routers.get(g)::handleJson))
                .toList();
        return new LocalAgent(name, Prompts.load(name), actionGroups, model, sink, maxTurns);
    }

    /** One request to the Orchestrator, as InvokeAgent on its alias would do. */
    public AgentInvoker.AgentReply ask(String sessionId, String request) {
        return orchestrator.run(sessionId, request, Map.of(), List.of());
    }

    /** A Lambda's handler by function name (generate_code, ...), for `debug-trace invoke`. */
    public ActionGroupRouter router(String function) {
        ActionGroupRouter router = routers.get(function);
        if (router == null) {
            throw new IllegalArgumentException("unknown function '" + function + "'; one of " + FUNCTIONS);
        }
        return router;
    }

    public CodeStore store() {
        return store;
    }
}
