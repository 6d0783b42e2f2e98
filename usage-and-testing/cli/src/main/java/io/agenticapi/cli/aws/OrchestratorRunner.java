package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.aws.BedrockAgentInvoker;
import io.agenticapi.cli.TracePrinter;
import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends requests to the deployed Orchestrator one at a time: prints each trace part as it arrives (the same
 * printer as local runs), notes throttling retries, and reports the answer with its timings and token usage.
 */
final class OrchestratorRunner {
    private final BedrockAgentRuntimeAsyncClient client;
    private final AgentTarget target;
    private final String region;
    private final BedrockAgentInvoker.Retry retry;
    private final BedrockAgentInvoker.Sleeper sleeper;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private AwsFailures.Advice lastAdvice;

    OrchestratorRunner(BedrockAgentRuntimeAsyncClient client, AgentTarget target, String region,
                       BedrockAgentInvoker.Retry retry, BedrockAgentInvoker.Sleeper sleeper, PrintStream out,
                       PrintStream err, boolean live, boolean verbose) {
        this.client = client;
        this.target = target;
        this.region = region;
        this.retry = retry;
        this.sleeper = sleeper;
        this.out = out;
        this.err = err;
        this.live = live;
        this.verbose = verbose;
    }

    /** Whether the last failure means every further request would fail the same way (unknown agent, no access). */
    boolean lastFailureStopsTheRun() {
        return lastAdvice != null && lastAdvice.stopsTheRun();
    }

    RunReport ask(String request, String sessionId) {
        lastAdvice = null;
        long started = System.nanoTime();
        TracePrinter printer = live ? new TracePrinter(out, verbose) : null;
        List<JsonNode> seen = new ArrayList<>();
        long[] firstTrace = {-1};
        int[] retries = {0};
        BedrockAgentInvoker.Listener listener = new BedrockAgentInvoker.Listener() {
            @Override
            public void onTrace(JsonNode part) {
                synchronized (seen) {
                    if (firstTrace[0] < 0) {
                        firstTrace[0] = elapsedMs(started);
                    }
                    seen.add(part);
                }
                if (printer != null) {
                    if (part.has("returnControl")) {
                        out.println("           returned control to the caller: "
                                + part.path("returnControl").path("invocationInputs"));
                    } else {
                        printer.print(part);
                    }
                }
            }

            @Override
            public void onRetry(int failedAttempt, Duration wait, String reason) {
                retries[0]++;
                err.printf("debug-trace: throttled (%s); attempt %d of %d in %s%n", reason, failedAttempt + 1,
                        retry.maxAttempts(), seconds(wait));
            }
        };
        if (live) {
            out.println("request: " + request);
        }
        BedrockAgentInvoker invoker = new BedrockAgentInvoker(client, target.agentId(), target.aliasId(), retry,
                sleeper, listener);
        try {
            AgentInvoker.AgentReply reply = invoker.invoke(new AgentInvoker.AgentCall(sessionId, request, Map.of()));
            RunReport report = new RunReport(request, reply.sessionId(), reply.text(), reply.traces(),
                    elapsedMs(started), firstTrace[0] < 0 ? null : firstTrace[0], retries[0] + 1, null, null);
            if (live) {
                printAnswer(report);
            }
            return report;
        } catch (ActionException e) {
            lastAdvice = AwsFailures.advise(e, target, region);
            List<JsonNode> traces;
            synchronized (seen) {
                traces = List.copyOf(seen);
            }
            RunReport report = new RunReport(request, sessionId, null, traces, elapsedMs(started),
                    firstTrace[0] < 0 ? null : firstTrace[0], retries[0] + 1, e.getMessage(), lastAdvice.hint());
            err.println("debug-trace: " + e.getMessage());
            if (lastAdvice.hint() != null) {
                err.println("hint: " + lastAdvice.hint());
            }
            return report;
        }
    }

    private void printAnswer(RunReport report) {
        out.println();
        out.printf("══ answer (%s · tokens in %d, out %d%s) ══%n", seconds(Duration.ofMillis(report.totalMs())),
                report.inputTokens(), report.outputTokens(),
                report.attempts() > 1 ? " · " + report.attempts() + " attempts" : "");
        out.println(report.answer().isBlank() ? "(the agent sent no answer text)" : report.answer().strip());
        out.println("session: " + report.sessionId());
        out.println();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
