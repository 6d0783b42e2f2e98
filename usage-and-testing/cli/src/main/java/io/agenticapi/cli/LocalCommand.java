package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.aws.ClientSettings;
import io.agenticapi.local.LocalAgent;
import io.agenticapi.local.LocalSystem;
import io.agenticapi.local.TraceSink;
import io.agenticapi.local.approval.WriteApproval;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelClients;
import io.agenticapi.local.model.ModelException;
import io.agenticapi.local.model.ModelSettings;
import io.agenticapi.local.model.RetryPolicy;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ports.AgentInvoker;
import io.agenticapi.services.local.LocalFolderCodeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run one request through the Orchestrator, Generator and Executor agents on this machine: "
                + "same prompts, schemas and handler code as on AWS, no AWS account needed.",
                "Models (--model KIND):",
                "  offline      a deterministic planner, no LLM (the default)",
                "  bedrock:<model-or-inference-profile-id>   Amazon Bedrock, Converse API",
                "    e.g. --model bedrock:us.anthropic.claude-haiku-4-5-20251001-v1:0",
                "         --region us-east-1   (credentials: AWS default chain or --profile)",
                "  openai:<base-url>#<model>   any OpenAI-compatible chat-completions server",
                "    e.g. --model openai:http://127.0.0.1:11434/v1#qwen2.5-coder   (Ollama)",
                "         --model openai:https://api.openai.com/v1#gpt-4.1-mini",
                "         (the key comes from OPENAI_API_KEY when set)",
                "When the code fails, the Orchestrator asks the Generator for a fix (at most --max-fixes times); "
                        + "every version is stored with its sidecar.",
                "Exit 0 when the code ran successfully, 1 when the request failed, was refused or blocked."})
final class LocalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "What you want, in plain words, e.g. "
            + "\"Create a Stripe test customer named Alice Smith with email alice@test.com\".")
    String request;

    @Option(names = "--model", defaultValue = "offline", paramLabel = "KIND",
            description = "The agents' model: offline (default), bedrock:<model-or-inference-profile-id> or "
                    + "openai:<base-url>#<model> (see above).")
    String model;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region for bedrock: models (default: AWS_REGION or the profile's).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile from ~/.aws for bedrock: models.")
    String profile;

    @Option(names = "--model-timeout", defaultValue = "PT3M", paramLabel = "DURATION",
            description = "Longest wait for one model answer (ISO-8601, default ${DEFAULT-VALUE}).")
    String modelTimeout;

    @Option(names = "--model-retries", defaultValue = "4", paramLabel = "N",
            description = "Calls per model turn while the model is throttled or unavailable, with backoff "
                    + "(default ${DEFAULT-VALUE}).")
    int modelRetries;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Output token cap per model answer (default: 4096 on Bedrock, the server's on openai:).")
    Integer maxTokens;

    @Option(names = "--max-turns", defaultValue = "12", description = "Bound on each agent's loop (default ${DEFAULT-VALUE}).")
    int maxTurns;

    @Option(names = "--max-fixes", defaultValue = "2", paramLabel = "N",
            description = "How often the Orchestrator may ask the Generator to fix failing code (default "
                    + "${DEFAULT-VALUE}; 0: never).")
    int maxFixes;

    @Option(names = {"-v", "--verbose"}, description = "Print whole trace lines and bodies.")
    boolean verbose;

    @Mixin
    StripeOptions options;

    @Mixin
    ApprovalOptions approval;

    @Override
    public Integer call() {
        if (request.isBlank()) {
            throw new UsageException("the request is empty: say what the code should do");
        }
        if (maxTurns < 2) {
            throw new UsageException("--max-turns must be at least 2");
        }
        if (maxFixes < 0 || maxFixes > 10) {
            throw new UsageException("--max-fixes must be between 0 and 10");
        }
        WriteApproval writes = approval.policy(options.stripe);
        try (ModelClient modelClient = modelClient()) {
            return run(modelClient, writes);
        } catch (ModelException e) {
            // setting the model up failed (credentials, region): say so plainly
            System.err.println("debug-trace: " + e.getMessage());
            return 1;
        }
    }

    private ModelClient modelClient() {
        if (modelRetries < 1 || modelRetries > 10) {
            throw new UsageException("--model-retries must be between 1 and 10");
        }
        Duration timeout;
        try {
            timeout = Duration.parse(modelTimeout);
        } catch (DateTimeParseException e) {
            throw new UsageException("--model-timeout '" + modelTimeout + "' is not an ISO-8601 duration (like PT3M)");
        }
        RetryPolicy retry = RetryPolicy.standard();
        retry = new RetryPolicy(modelRetries, retry.firstDelay(), retry.maxDelay(), retry.sleeper(),
                (name, failed, max, wait, reason) -> System.err.printf(
                        "debug-trace: %s: %s; attempt %d of %d in %.1f s%n", name, reason, failed + 1, max,
                        wait.toMillis() / 1000.0));
        try {
            ModelSettings settings = ModelSettings.defaults()
                    .withAws(new ClientSettings(region, profile, null, null))
                    .withTimeout(timeout)
                    .withRetry(retry)
                    .withMaxTokens(maxTokens);
            return ModelClients.parse(model, settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
    }

    private int run(ModelClient modelClient, WriteApproval writes) {
        long started = System.nanoTime();
        PythonSandbox python = PythonSandbox.shared();
        LocalFolderCodeStore store = options.store();
        try (ApiTarget target = ApiTarget.open(options.stripe)) {
            if (!options.json) {
                System.out.println("request: " + request);
                System.out.println("model: " + modelClient.name() + " · stripe: " + target.description()
                        + " · code store: " + store.location());
                System.out.println("writes: " + approval.describe(options.stripe) + " · fixes: at most " + maxFixes);
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
                    sink, new LocalSystem.Limits(maxTurns, maxFixes), writes);
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
            int[] tokens = tokens(traces);

            if (options.json) {
                ObjectNode doc = Json.MAPPER.createObjectNode();
                doc.put("request", request);
                doc.put("model", modelClient.name());
                doc.put("answer", reply.text());
                doc.put("status", outcome.status());
                doc.put("code_key", outcome.codeKey());
                doc.put("code", outcome.code());
                doc.set("validation", outcome.validation());
                doc.set("execution", outcome.execution());
                ArrayNode versions = doc.putArray("versions");
                for (RunOutcome.Version v : outcome.versions()) {
                    versions.addObject().put("code_key", v.codeKey()).put("previous_code_key", v.previousCodeKey())
                            .put("status", v.status()).put("error", v.error());
                }
                if (failure != null) {
                    doc.put("failure", failure);
                }
                doc.putObject("usage").put("input_tokens", tokens[0]).put("output_tokens", tokens[1]);
                doc.set("trace", Json.MAPPER.valueToTree(traces));
                ObjectNode timings = doc.putObject("timings");
                timings.put("total_ms", (System.nanoTime() - started) / 1_000_000);
                timings.put("sandbox_warmup_ms", warmMs);
                timings.put("agents_ms", agentsMs);
                System.out.println(Json.pretty(doc));
            } else {
                System.out.println();
                System.out.println("══ answer (" + agentsMs + " ms" + (tokens[0] + tokens[1] > 0
                        ? " · tokens in " + tokens[0] + ", out " + tokens[1] : "") + ") ══");
                System.out.println(reply.text().strip());
                printVersions(outcome, store);
            }
            return "success".equals(outcome.status()) ? 0 : 1;
        }
    }

    /** The sidecar chain: each fix names the version it replaces. */
    private static void printVersions(RunOutcome outcome, LocalFolderCodeStore store) {
        if (outcome.codeKey() == null) {
            return;
        }
        System.out.println();
        if (outcome.versions().size() > 1) {
            System.out.println("code versions (each fix's sidecar names the one before as previous_code_key):");
            for (int i = 0; i < outcome.versions().size(); i++) {
                RunOutcome.Version v = outcome.versions().get(i);
                System.out.printf("  %d  %s  %s%s%n", i + 1, v.codeKey(), v.status(),
                        v.error() != null ? " (" + v.error() + ")" : "");
            }
        }
        System.out.println("code: " + store.root().resolve(outcome.codeKey()));
    }

    private static int[] tokens(List<JsonNode> traces) {
        int[] sum = new int[2];
        synchronized (traces) {
            for (JsonNode part : traces) {
                JsonNode usage = part.path("trace").path("orchestrationTrace").path("modelInvocationOutput")
                        .path("metadata").path("usage");
                sum[0] += usage.path("inputTokens").asInt(0);
                sum[1] += usage.path("outputTokens").asInt(0);
            }
        }
        return sum;
    }
}
