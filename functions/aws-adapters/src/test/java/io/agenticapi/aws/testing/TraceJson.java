package io.agenticapi.aws.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** TracePart payloads in the service's wire shape, as Bedrock streams them in "trace" events. */
public final class TraceJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceJson() {
    }

    public static String rationale(String agentId, String text) {
        ObjectNode rationale = JSON.createObjectNode().put("traceId", "t-1").put("text", text);
        return orchestration(agentId, "rationale", rationale);
    }

    public static String modelUsage(String agentId, int inputTokens, int outputTokens) {
        ObjectNode output = JSON.createObjectNode().put("traceId", "t-1");
        output.putObject("metadata").putObject("usage").put("inputTokens", inputTokens)
                .put("outputTokens", outputTokens);
        output.putObject("rawResponse").put("content", "{}");
        return orchestration(agentId, "modelInvocationOutput", output);
    }

    public static String actionCall(String agentId, String actionGroup, String apiPath, String name, String value) {
        ObjectNode input = JSON.createObjectNode().put("actionGroupName", actionGroup).put("apiPath", apiPath)
                .put("verb", "post").put("executionType", "LAMBDA");
        input.putObject("requestBody").putObject("content").putArray("application/json").addObject()
                .put("name", name).put("type", "string").put("value", value);
        ObjectNode invocation = JSON.createObjectNode().put("traceId", "t-2").put("invocationType", "ACTION_GROUP");
        invocation.set("actionGroupInvocationInput", input);
        return orchestration(agentId, "invocationInput", invocation);
    }

    public static String actionResult(String agentId, String text) {
        ObjectNode observation = JSON.createObjectNode().put("traceId", "t-2").put("type", "ACTION_GROUP");
        observation.putObject("actionGroupInvocationOutput").put("text", text);
        return orchestration(agentId, "observation", observation);
    }

    public static String finish(String agentId, String text) {
        ObjectNode observation = JSON.createObjectNode().put("traceId", "t-3").put("type", "FINISH");
        observation.putObject("finalResponse").put("text", text);
        return orchestration(agentId, "observation", observation);
    }

    public static String failure(String agentId, String reason) {
        ObjectNode part = part(agentId);
        part.putObject("trace").putObject("failureTrace").put("traceId", "t-9").put("failureReason", reason);
        return part.toString();
    }

    private static String orchestration(String agentId, String member, ObjectNode value) {
        ObjectNode part = part(agentId);
        part.putObject("trace").putObject("orchestrationTrace").set(member, value);
        return part.toString();
    }

    private static ObjectNode part(String agentId) {
        ObjectNode part = JSON.createObjectNode()
                .put("agentId", agentId)
                .put("agentAliasId", "ALIAS")
                .put("agentVersion", "1")
                .put("sessionId", "session");
        part.putArray("callerChain").addObject()
                .put("agentAliasArn", "arn:aws:bedrock:us-east-1:123456789012:agent-alias/" + agentId + "/ALIAS");
        return part;
    }
}
