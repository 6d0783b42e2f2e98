package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.aws.BedrockAgentInvoker;
import io.agenticapi.cli.TracePrinter;
import io.agenticapi.contract.ActionException;
import io.agenticapi.local.approval.ApprovalRequest;
import io.agenticapi.local.approval.Decision;
import io.agenticapi.local.approval.WriteApproval;
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
    /** Confirmation rounds per request: a run, plus the fixes the Orchestrator may ask for. */
    static final int MAX_CONFIRMATIONS = 4;

    private final BedrockAgentRuntimeAsyncClient client;
    private final AgentTarget target;
    private final String region;
    private final BedrockAgentInvoker.Retry retry;
    private final BedrockAgentInvoker.Sleeper sleeper;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private final WriteApproval approval;
    private final AgentTarget executor;
    private AwsFailures.Advice lastAdvice;

    /** executor: the Executor's ids, needed to confirm a run it asks about (null when unknown). */
    OrchestratorRunner(BedrockAgentRuntimeAsyncClient client, AgentTarget target, String region,
                       BedrockAgentInvoker.Retry retry, BedrockAgentInvoker.Sleeper sleeper, PrintStream out,
                       PrintStream err, boolean live, boolean verbose, WriteApproval approval, AgentTarget executor) {
        this.approval = approval;
        this.executor = executor;
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
        List<RunReport.Confirmation> confirmations = new ArrayList<>();
        try {
            AgentInvoker.AgentReply reply = invoker.invoke(new AgentInvoker.AgentCall(sessionId, request, Map.of()));
            reply = confirmAsked(reply, invoker, listener, confirmations);
            RunReport report = new RunReport(request, reply.sessionId(), reply.text(), reply.traces(),
                    elapsedMs(started), firstTrace[0] < 0 ? null : firstTrace[0], retries[0] + 1, null, null,
                    List.copyOf(confirmations));
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
                    firstTrace[0] < 0 ? null : firstTrace[0], retries[0] + 1, e.getMessage(), lastAdvice.hint(),
                    List.copyOf(confirmations));
            err.println("debug-trace: " + e.getMessage());
            if (lastAdvice.hint() != null) {
                err.println("hint: " + lastAdvice.hint());
            }
            return report;
        }
    }

    /**
     * The x-requireConfirmation round trip: while the answer waits for a confirmation, ask (--approve), send
     * CONFIRM or DENY to the waiting agent's session, and, when a sub-agent was waiting, give the Orchestrator its
     * report so it can finish (or fix and ask again). Bounded, so a loop of confirmations ends.
     */
    private AgentInvoker.AgentReply confirmAsked(AgentInvoker.AgentReply reply, BedrockAgentInvoker orchestrator,
                                                 BedrockAgentInvoker.Listener listener,
                                                 List<RunReport.Confirmation> confirmations) {
        List<JsonNode> traces = new ArrayList<>(reply.traces());
        List<JsonNode> latest = reply.traces();
        String answer = reply.text();
        for (int round = 0; round < MAX_CONFIRMATIONS; round++) {
            PendingConfirmation pending = PendingConfirmation.in(latest).orElse(null);
            if (pending == null) {
                break;
            }
            String agentId = pending.fromSubAgent() ? executor == null ? null : executor.agentId() : pending.agentId();
            String aliasId = pending.fromSubAgent() ? executor == null ? null : executor.aliasId() : pending.aliasId();
            if (agentId == null || aliasId == null) {
                err.println("debug-trace: the Executor waits for confirmation of " + pending.describe()
                        + ", but its ids are unknown: pass --executor-agent-id and --executor-alias-id, or "
                        + "--terraform-output with executor_agent_id and executor_agent_alias_id");
                break;
            }
            Decision decision = approval.decide(new ApprovalRequest(pending.describe() + " (agent " + agentId + ")",
                    List.of()));
            boolean confirm = decision.approved();
            if (live) {
                out.println("           confirmation " + (confirm ? "CONFIRM" : "DENY") + " → " + pending.describe()
                        + (confirm ? "" : " (" + decision.error() + ")"));
            }
            confirmations.add(new RunReport.Confirmation(agentId, pending.invocationId(), pending.describe(), confirm));
            ConfirmationCall.Reply continued = ConfirmationCall.send(client, agentId, aliasId, pending, confirm,
                    listener::onTrace);
            traces.addAll(continued.traces());
            latest = continued.traces();
            answer = continued.text();
            if (pending.fromSubAgent()) {
                String followUp = (confirm ? "I approved running the code. The Executor then reported:\n"
                        : "I did not approve running the code, so nothing ran. The Executor reported:\n")
                        + continued.text().strip() + "\n" + (confirm ? "Continue your workflow with this report."
                        : "Report this to me; do not retry.");
                AgentInvoker.AgentReply next = orchestrator.invoke(new AgentInvoker.AgentCall(reply.sessionId(),
                        followUp, Map.of()));
                traces.addAll(next.traces());
                latest = next.traces();
                answer = next.text();
            }
        }
        return new AgentInvoker.AgentReply(answer, reply.sessionId(), List.copyOf(traces));
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
