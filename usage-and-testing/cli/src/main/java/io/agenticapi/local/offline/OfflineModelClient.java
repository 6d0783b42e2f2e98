package io.agenticapi.local.offline;

import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.planner.OfflineGeneratorPlanner;

/**
 * The default model: no LLM. The Orchestrator and Executor follow their prompts' workflow step by step; the
 * Generator maps the request onto a Stripe operation with the offline planner. Deterministic, so it is also the
 * model the end-to-end tests run on.
 */
public final class OfflineModelClient implements ModelClient {
    private final OrchestratorPolicy orchestrator;
    private final GeneratorPolicy generator;
    private final ExecutorPolicy executor;

    public OfflineModelClient(OfflineGeneratorPlanner planner) {
        this.orchestrator = new OrchestratorPolicy(planner);
        this.generator = new GeneratorPolicy(planner);
        this.executor = new ExecutorPolicy();
    }

    public static OfflineModelClient load() {
        return new OfflineModelClient(OfflineGeneratorPlanner.load());
    }

    @Override
    public ModelTurn next(ModelRequest request) {
        return switch (request.agentName()) {
            case "orchestrator" -> orchestrator.next(request);
            case "generator" -> generator.next(request);
            case "executor" -> executor.next(request);
            default -> throw new IllegalArgumentException("the offline model knows no agent named "
                    + request.agentName());
        };
    }

    @Override
    public String name() {
        return "offline";
    }
}
