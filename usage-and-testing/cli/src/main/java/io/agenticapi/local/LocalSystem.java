package io.agenticapi.local;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.local.approval.ExecuteCodeGate;
import io.agenticapi.local.approval.WriteApproval;
import io.agenticapi.local.approval.WriteGuardTransport;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system in one JVM: the five Lambdas' real routers over local adapters, and the three agents wired as
 * on AWS (Orchestrator → invoke_* → sub-agents → generate/validate/execute). Two local gates sit in front of the
 * handlers, outside the services: execute_code asks the {@link WriteApproval} before code that writes runs, and
 * invoke_generator refuses fix requests beyond {@link Limits#maxFixes()}.
 */
public final class LocalSystem {
    public static final List<String> FUNCTIONS =
            List.of("generate_code", "validate_code", "execute_code", "invoke_generator", "invoke_executor");
    /** The number of fixes prompts/orchestrator.txt allows; other limits are added to the Orchestrator's prompt. */
    static final int PROMPT_FIXES = 2;

    /** maxTurns bounds each agent's loop; maxFixes how often the Orchestrator may ask the Generator for a fix. */
    public record Limits(int maxTurns, int maxFixes) {
        public static final Limits DEFAULT = new Limits(LocalAgent.DEFAULT_MAX_TURNS, PROMPT_FIXES);

        public Limits {
            if (maxTurns < 2) {
                throw new IllegalArgumentException("maxTurns must be at least 2");
            }
            if (maxFixes < 0) {
                throw new IllegalArgumentException("maxFixes cannot be negative");
            }
        }
    }

    private final Map<String, ActionGroupRouter> routers = new LinkedHashMap<>();
    private final Map<String, LambdaEndpoint> endpoints = new LinkedHashMap<>();
    private final LocalAgent orchestrator;
    private final CodeStore store;

    public LocalSystem(ModelClient model, CodeStore store, SecretSource secrets, ApiTransport transport,
                       PythonSandbox python, TraceSink sink, Limits limits, WriteApproval approval) {
        this.store = store;
        Clock clock = Clock.systemUTC();
        WriteGuardTransport guarded = new WriteGuardTransport(transport);
        add("generate_code", new GenerateCodeService(store, python, clock).router());
        add("validate_code", new ValidateCodeService(store, python, clock).router());
        ActionGroupRouter execute = new ExecuteCodeService(store, python, secrets, guarded, clock).router();
        routers.put("execute_code", execute);
        endpoints.put("execute_code", new ExecuteCodeGate(execute::handleJson, guarded, store, python, approval,
                clock));

        LocalAgent generator = agent("generator", Prompts.load("generator"), model, sink, limits, "generate_code");
        LocalAgent executor = agent("executor", Prompts.load("executor"), model, sink, limits, "validate_code",
                "execute_code");
        ActionGroupRouter invokeGenerator = new InvokeAgentService(new LocalAgentInvoker(generator)).generatorRouter();
        routers.put("invoke_generator", invokeGenerator);
        endpoints.put("invoke_generator", new FixLimitGate(invokeGenerator::handleJson, limits.maxFixes()));
        add("invoke_executor", new InvokeAgentService(new LocalAgentInvoker(executor)).executorRouter());
        this.orchestrator = agent("orchestrator", orchestratorPrompt(limits.maxFixes()), model, sink, limits,
                "invoke_generator", "invoke_executor");
    }

    private void add(String function, ActionGroupRouter router) {
        routers.put(function, router);
        endpoints.put(function, router::handleJson);
    }

    private LocalAgent agent(String name, String instructions, ModelClient model, TraceSink sink, Limits limits,
                             String... groups) {
        List<LocalAgent.ActionGroup> actionGroups = Arrays.stream(groups)
                .map(g -> new LocalAgent.ActionGroup(g, routers.get(g).schema(), endpoints.get(g)))
                .toList();
        return new LocalAgent(name, instructions, actionGroups, model, sink, limits.maxTurns());
    }

    /** The shared prompt, plus the run's fix limit when it differs from the one the prompt states. */
    static String orchestratorPrompt(int maxFixes) {
        String prompt = Prompts.load("orchestrator");
        if (maxFixes == PROMPT_FIXES) {
            return prompt;
        }
        return prompt.stripTrailing() + "\n\nFor this run the fix limit in step 5 is " + maxFixes
                + (maxFixes == 0 ? ": never ask the Generator for a fix, report the error." : " fixes, not "
                + PROMPT_FIXES + ".") + "\n";
    }

    /** One request to the Orchestrator, as InvokeAgent on its alias would do. */
    public AgentInvoker.AgentReply ask(String sessionId, String request) {
        return orchestrator.run(sessionId, request, Map.of(), List.of());
    }

    /** A Lambda by function name (generate_code, ...) as the agents call it, gates included: `debug-trace invoke`. */
    public LambdaEndpoint endpoint(String function) {
        LambdaEndpoint endpoint = endpoints.get(function);
        if (endpoint == null) {
            throw new IllegalArgumentException("unknown function '" + function + "'; one of " + FUNCTIONS);
        }
        return endpoint;
    }

    public CodeStore store() {
        return store;
    }
}
