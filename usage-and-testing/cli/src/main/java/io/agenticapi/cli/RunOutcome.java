package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.agenticapi.services.CodeKeys;
import io.agenticapi.services.Sidecars;
import io.agenticapi.services.ports.CodeStore;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a request produced, read back from the audit trail: the code key the Generator stored (from the trace),
 * then the code and its sidecar's validation and execution sections (from the code store).
 */
record RunOutcome(String status, String codeKey, String code, JsonNode validation, JsonNode execution) {

    static RunOutcome of(List<JsonNode> traces, String answer, CodeStore store) {
        String codeKey = storedKey(traces);
        if (codeKey == null && answer != null) {
            Matcher m = CodeKeys.KEY.matcher(answer);
            codeKey = m.find() ? m.group() : null;
        }
        if (codeKey == null) {
            return new RunOutcome("refused", null, null, NullNode.instance, NullNode.instance);
        }
        String code = store.get(codeKey).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
        JsonNode sidecar = new Sidecars(store).read(codeKey);
        JsonNode validation = sidecar.path("validation");
        JsonNode execution = sidecar.path("execution");
        String status;
        if (execution.isObject()) {
            status = execution.path("status").asText();
        } else if (validation.isObject() && !"allowed".equals(validation.path("verdict").asText())) {
            status = "blocked";
        } else {
            status = "error";
        }
        return new RunOutcome(status, codeKey, code, validation.isObject() ? validation : NullNode.instance,
                execution.isObject() ? execution : NullNode.instance);
    }

    /** The last code_key a generate_code call returned, following each agent's call → observation pairs. */
    private static String storedKey(List<JsonNode> traces) {
        Map<String, String> lastGroupByAgent = new HashMap<>();
        String key = null;
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
                if (m.find()) {
                    key = m.group();
                }
            }
        }
        return key;
    }
}
