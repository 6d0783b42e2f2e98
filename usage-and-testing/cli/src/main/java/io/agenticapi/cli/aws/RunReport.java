package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request sent to the deployed Orchestrator and what came back: the answer (or the failure and a hint), the
 * trace parts in InvokeAgent's wire shape, and timings.
 */
record RunReport(String request, String sessionId, String answer, List<JsonNode> traces, long totalMs,
                 Long firstTraceMs, int attempts, String error, String hint, List<Confirmation> confirmations) {
    /** A confirmation the agents asked for (x-requireConfirmation) and what was answered. */
    record Confirmation(String agentId, String invocationId, String action, boolean confirmed) {
    }

    private static final Pattern STATUS = Pattern.compile(
            "(?im)^\\W*status\\W*[:=]\\W*(success|error|blocked|invalid|timeout|refused|approval_required)\\b");

    boolean answered() {
        return error == null && answer != null && !answer.isBlank();
    }

    /** The status line the agents put in their answer (success, error, blocked...), else what happened. */
    String result() {
        if (error != null) {
            return "FAILED";
        }
        if (!answered()) {
            return "no answer";
        }
        Matcher m = STATUS.matcher(answer);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "answered";
    }

    int inputTokens() {
        return usage("inputTokens");
    }

    int outputTokens() {
        return usage("outputTokens");
    }

    private int usage(String field) {
        int sum = 0;
        for (JsonNode part : traces) {
            sum += part.path("trace").path("orchestrationTrace").path("modelInvocationOutput")
                    .path("metadata").path("usage").path(field).asInt(0);
        }
        return sum;
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("request", request);
        doc.put("answer", answer);
        doc.put("result", result());
        doc.put("session_id", sessionId);
        if (error != null) {
            doc.put("error", error);
            doc.put("hint", hint);
        }
        if (!confirmations.isEmpty()) {
            var list = doc.putArray("confirmations");
            confirmations.forEach(c -> list.addObject().put("agent_id", c.agentId())
                    .put("invocation_id", c.invocationId()).put("action", c.action())
                    .put("state", c.confirmed() ? "CONFIRM" : "DENY"));
        }
        doc.putObject("usage").put("input_tokens", inputTokens()).put("output_tokens", outputTokens());
        ObjectNode timings = doc.putObject("timings");
        timings.put("total_ms", totalMs);
        if (firstTraceMs != null) {
            timings.put("first_trace_ms", firstTraceMs);
        }
        timings.put("attempts", attempts);
        doc.set("trace", json.valueToTree(traces));
        return doc;
    }
}
