package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.local.LocalAgent;
import io.agenticapi.local.LocalSystem;
import io.agenticapi.local.TraceSink;
import io.agenticapi.local.offline.OfflineModelClient;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ports.AgentInvoker;
import io.agenticapi.services.local.LocalFolderCodeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run one request through the Orchestrator, Generator and Executor agents on this machine: "
                + "same prompts, schemas and handler code as on AWS, no AWS account needed.",
                "Exit 0 when the code ran successfully, 1 when the request failed, was refused or blocked."})
final class LocalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "What you want, in plain words, e.g. "
            + "\"Create a Stripe test customer named Alice Smith with email alice@test.com\".")
    String request;

    @Option(names = "--model", defaultValue = "offline", paramLabel = "KIND",
            description = "The agents' model: offline (default; a deterministic planner, no LLM).")
    String model;

    @Option(names = "--max-turns", defaultValue = "12", description = "Bound on each agent's loop (default ${DEFAULT-VALUE}).")
    int maxTurns;

    @Option(names = {"-v", "--verbose"}, description = "Print whole trace lines and bodies.")
    boolean verbose;

    @Mixin
    StripeOptions options;

    @Override
    public Integer call() {
        if (request.isBlank()) {
            throw new UsageException("the request is empty: say what the code should do");
        }
        if (maxTurns < 2) {
            throw new UsageException("--max-turns must be at least 2");
        }
        ModelClient modelClient = switch (model) {
            case "offline" -> OfflineModelClient.load();
            default -> throw new UsageException("unknown --model '" + model + "'; available: offline");
        };
        long started = System.nanoTime();
        PythonSandbox python = PythonSandbox.shared();
        LocalFolderCodeStore store = options.store();
        try (ApiTarget target = ApiTarget.open(options.stripe)) {
            if (!options.json) {
                System.out.println("request: " + request);
                System.out.println("model: " + modelClient.name() + " · stripe: " + target.description()
                        + " · code store: " + store.location());
                System.out.println();
            }
            long warmStart = System.nanoTime();
            python.warmUp();
            long warmMs = (System.nanoTime() - warmStart) / 1_000_000;

            List<JsonNode> traces = Collections.synchronizedList(new ArrayList<>());
            TraceSink sink = traces::add;
            if (!options.json) {
                sink = sink.and(new TracePrinter(System.out, verbose)::print);
            }
            LocalSystem system = new LocalSystem(modelClient, store, target.secrets(), target.transport(), python,
                    sink, maxTurns);
            long agentsStart = System.nanoTime();
            AgentInvoker.AgentReply reply;
            String failure = null;
            try {
                reply = system.ask(null, request);
            } catch (LocalAgent.AgentFailure e) {
                reply = new AgentInvoker.AgentReply("status: error\nThe agents could not finish: " + e.getMessage(),
                        null, List.of());
                failure = e.getMessage();
            }
            long agentsMs = (System.nanoTime() - agentsStart) / 1_000_000;
            RunOutcome outcome = RunOutcome.of(traces, reply.text(), store);

            if (options.json) {
                ObjectNode doc = Json.MAPPER.createObjectNode();
                doc.put("request", request);
                doc.put("answer", reply.text());
                doc.put("status", outcome.status());
                doc.put("code_key", outcome.codeKey());
                doc.put("code", outcome.code());
                doc.set("validation", outcome.validation());
                doc.set("execution", outcome.execution());
                if (failure != null) {
                    doc.put("failure", failure);
                }
                doc.set("trace", Json.MAPPER.valueToTree(traces));
                ObjectNode timings = doc.putObject("timings");
                timings.put("total_ms", (System.nanoTime() - started) / 1_000_000);
                timings.put("sandbox_warmup_ms", warmMs);
                timings.put("agents_ms", agentsMs);
                System.out.println(Json.pretty(doc));
            } else {
                System.out.println();
                System.out.println("══ answer (" + agentsMs + " ms) ══");
                System.out.println(reply.text().strip());
                if (outcome.codeKey() != null) {
                    System.out.println();
                    System.out.println("code: " + store.root().resolve(outcome.codeKey()));
                }
            }
            return "success".equals(outcome.status()) ? 0 : 1;
        }
    }
}
