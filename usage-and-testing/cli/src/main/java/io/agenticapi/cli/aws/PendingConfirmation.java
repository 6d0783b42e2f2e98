package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action waiting for the user's confirmation (x-requireConfirmation): the agent returned control with an
 * invocation of type USER_CONFIRMATION instead of running it. Either the agent we called did so (a returnControl
 * event on our stream), or a sub-agent did inside an action group: then the invoke_* Lambda's answer says so in
 * the text aws-adapters' ReturnControlText writes, with the sub-agent's session_id beside it.
 *
 * @param agentId      the agent that waits (null for a sub-agent: the caller knows its ids)
 * @param viaGroup     the action group the sub-agent was called through (invoke_executor), or null
 * @param arguments    "code_key=..." as the agent gave them
 */
record PendingConfirmation(String agentId, String aliasId, String sessionId, String invocationId, String actionGroup,
                           String apiPath, String httpMethod, String arguments, String viaGroup) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUB_AGENT = Pattern.compile("invocationId ([^)\\s]+)\\): it asks to run (\\S+) "
            + "(\\S+) (\\S+?)(?: with ([^\\[]*?))? \\[USER_CONFIRMATION]");

    boolean fromSubAgent() {
        return viaGroup != null;
    }

    String describe() {
        return actionGroup + " " + httpMethod + " " + apiPath + (arguments == null || arguments.isBlank() ? ""
                : " with " + arguments);
    }

    /** The last confirmation the traces of one answer wait for, if any. */
    static Optional<PendingConfirmation> in(List<JsonNode> traces) {
        PendingConfirmation found = null;
        String lastGroup = null;
        for (JsonNode part : traces) {
            JsonNode control = part.path("returnControl");
            if (control.isObject()) {
                found = direct(part, control).orElse(found);
                continue;
            }
            JsonNode orchestration = part.path("trace").path("orchestrationTrace");
            JsonNode input = orchestration.path("invocationInput").path("actionGroupInvocationInput");
            if (input.isObject()) {
                lastGroup = input.path("actionGroupName").asText(null);
            }
            JsonNode output = orchestration.path("observation").path("actionGroupInvocationOutput");
            if (output.isObject()) {
                found = nested(output.path("text").asText(""), lastGroup).orElse(found);
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<PendingConfirmation> direct(JsonNode part, JsonNode control) {
        for (JsonNode member : control.path("invocationInputs")) {
            JsonNode api = member.path("apiInvocationInput");
            if (api.isObject() && "USER_CONFIRMATION".equals(api.path("actionInvocationType").asText())) {
                StringBuilder args = new StringBuilder();
                for (JsonNode p : api.path("parameters")) {
                    args.append(args.isEmpty() ? "" : ", ").append(p.path("name").asText()).append('=')
                            .append(p.path("value").asText());
                }
                for (JsonNode p : api.path("requestBody").path("content").path("application/json")
                        .path("properties")) {
                    args.append(args.isEmpty() ? "" : ", ").append(p.path("name").asText()).append('=')
                            .append(p.path("value").asText());
                }
                return Optional.of(new PendingConfirmation(part.path("agentId").asText(null),
                        part.path("agentAliasId").asText(null), part.path("sessionId").asText(null),
                        control.path("invocationId").asText(), api.path("actionGroup").asText(),
                        api.path("apiPath").asText(), api.path("httpMethod").asText(), args.toString(), null));
            }
        }
        return Optional.empty();
    }

    /** The invoke_* Lambda's body: {"answer": "...returned control...", "session_id": "..."}. */
    private static Optional<PendingConfirmation> nested(String text, String viaGroup) {
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (Exception e) {
            return Optional.empty();
        }
        if (body == null || !body.path("answer").isTextual() || !body.path("session_id").isTextual()) {
            return Optional.empty();
        }
        Matcher m = SUB_AGENT.matcher(body.path("answer").asText());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new PendingConfirmation(null, null, body.path("session_id").asText(), m.group(1),
                m.group(2), m.group(4), m.group(3), m.group(5) == null ? "" : m.group(5).strip(),
                viaGroup == null ? "?" : viaGroup));
    }
}
