package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.agenticapi.services.CodeKeys;
import io.agenticapi.services.Sidecars;
import io.agenticapi.services.ports.CodeStore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a request produced, read back from the audit trail: the code keys the Generator stored (from the trace;
 * the last one is the outcome, earlier ones are the versions a fix replaced), then the code and its sidecar's
 * validation, approval and execution sections (from the code store).
 */
record RunOutcome(String status, String codeKey, String code, JsonNode validation, JsonNode execution,
                  List<Version> versions) {

    /** One stored version of the code: its key, the key it fixes (previous_code_key) and how it ended. */
    record Version(String codeKey, String previousCodeKey, String status, String error) {
    }

    static RunOutcome of(List<JsonNode> traces, String answer, CodeStore store) {
        List<String> keys = storedKeys(traces);
        String codeKey = keys.isEmpty() ? null : keys.getLast();
        if (codeKey == null && answer != null) {
            Matcher m = CodeKeys.KEY.matcher(answer);
            codeKey = m.find() ? m.group() : null;
            if (codeKey != null) {
                keys = List.of(codeKey);
            }
        }
        if (codeKey == null) {
            return new RunOutcome("refused", null, null, NullNode.instance, NullNode.instance, List.of());
        }
        Sidecars sidecars = new Sidecars(store);
        List<Version> versions = new ArrayList<>();
        for (String key : keys) {
            JsonNode sidecar = sidecars.read(key);
            JsonNode error = sidecar.path("execution").path("error");
            versions.add(new Version(key, sidecar.path("previous_code_key").textValue(), status(sidecar),
                    error.isObject() ? error.path("type").asText() + ": " + error.path("message").asText()
                            : sidecar.path("approval").path("error").textValue()));
        }
        String code = store.get(codeKey).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
        JsonNode sidecar = sidecars.read(codeKey);
        JsonNode validation = sidecar.path("validation");
        JsonNode execution = sidecar.path("execution");
        return new RunOutcome(status(sidecar), codeKey, code, validation.isObject() ? validation : NullNode.instance,
                execution.isObject() ? execution : NullNode.instance, List.copyOf(versions));
    }

    /** success/error/blocked/timeout from the run; write_refused/approval_required when it was not approved. */
    private static String status(JsonNode sidecar) {
        JsonNode validation = sidecar.path("validation");
        JsonNode execution = sidecar.path("execution");
        JsonNode approval = sidecar.path("approval");
        if (execution.isObject()) {
            return execution.path("status").asText();
        }
        if (validation.isObject() && !"allowed".equals(validation.path("verdict").asText())) {
            return "blocked";
        }
        if (approval.isObject() && !approval.path("approved").asBoolean(true)) {
            return approval.path("error").asText("write_refused");
        }
        return "error";
    }

    /** Every code_key a generate_code call returned, in order, following each agent's call → observation pairs. */
    private static List<String> storedKeys(List<JsonNode> traces) {
        Map<String, String> lastGroupByAgent = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode part : traces) {
            String agent = part.path("agentName").asText();
            JsonNode orchestration = part.path("trace").path("orchestrationTrace");
            if (orchestration.has("invocationInput")) {
                lastGroupByAgent.put(agent, orchestration.path("invocationInput")
                        .path("actionGroupInvocationInput").path("actionGroupName").asText());
            } else if (orchestration.path("observation").path("type").asText().equals("ACTION_GROUP")
                    && "generate_code".equals(lastGroupByAgent.get(agent))) {
                String text = orchestration.path("observation").path("actionGroupInvocationOutput").path("text").asText();
                Matcher m = CodeKeys.KEY.matcher(text);
                if (m.find() && !keys.contains(m.group())) {
                    keys.add(m.group());
                }
            }
        }
        return keys;
    }
}
