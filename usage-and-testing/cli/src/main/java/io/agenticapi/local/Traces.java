package io.agenticapi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.contract.ActionGroupEvent;

import java.time.Instant;
import java.util.List;

/**
 * Builds trace parts in the shape InvokeAgent streams them (TracePart: agentId, agentName, agentAliasId,
 * sessionId, agentVersion, callerChain, eventTime, trace{orchestrationTrace|failureTrace{...}}), so one printer
 * serves local runs and deployed agents alike. Field names follow the service's wire format.
 */
public final class Traces {
    static final ObjectMapper JSON = new ObjectMapper();

    private Traces() {
    }

    /** Who is speaking and through which chain of callers. */
    public record Origin(String agentName, String agentId, String aliasId, String sessionId, List<String> callerChain) {
        public String aliasArn() {
            return "arn:aws:bedrock:local:000000000000:agent-alias/" + agentId + "/" + aliasId;
        }
    }

    public static ObjectNode rationale(Origin origin, String traceId, String text) {
        ObjectNode r = JSON.createObjectNode().put("traceId", traceId).put("text", text);
        return orchestration(origin, "rationale", r);
    }

    public static ObjectNode modelOutput(Origin origin, String traceId, String model, int inputTokens,
                                         int outputTokens, long latencyMs) {
        ObjectNode usage = JSON.createObjectNode().put("inputTokens", inputTokens).put("outputTokens", outputTokens);
        ObjectNode metadata = JSON.createObjectNode();
        metadata.set("usage", usage);
        metadata.put("totalTimeMs", latencyMs);
        ObjectNode out = JSON.createObjectNode().put("traceId", traceId);
        out.set("metadata", metadata);
        out.set("rawResponse", JSON.createObjectNode().put("content", model));
        return orchestration(origin, "modelInvocationOutput", out);
    }

    /** invocationInput.actionGroupInvocationInput: in traces the method is "verb" and body content is a list. */
    public static ObjectNode invocationInput(Origin origin, String traceId, ActionGroupEvent event) {
        ObjectNode input = JSON.createObjectNode();
        input.put("actionGroupName", event.actionGroup());
        input.put("apiPath", event.apiPath());
        input.put("verb", event.httpMethod());
        input.set("parameters", JSON.valueToTree(event.parametersOrEmpty()));
        ObjectNode content = JSON.createObjectNode();
        content.set(ActionGroupEvent.JSON, JSON.valueToTree(event.bodyProperties()));
        input.set("requestBody", JSON.createObjectNode().set("content", content));
        input.put("executionType", "LAMBDA");
        ObjectNode invocation = JSON.createObjectNode()
                .put("traceId", traceId)
                .put("invocationType", "ACTION_GROUP");
        invocation.set("actionGroupInvocationInput", input);
        return orchestration(origin, "invocationInput", invocation);
    }

    public static ObjectNode actionObservation(Origin origin, String traceId, String text) {
        ObjectNode observation = JSON.createObjectNode().put("traceId", traceId).put("type", "ACTION_GROUP");
        observation.set("actionGroupInvocationOutput", JSON.createObjectNode().put("text", text));
        return orchestration(origin, "observation", observation);
    }

    public static ObjectNode finalObservation(Origin origin, String traceId, String text) {
        ObjectNode observation = JSON.createObjectNode().put("traceId", traceId).put("type", "FINISH");
        observation.set("finalResponse", JSON.createObjectNode().put("text", text));
        return orchestration(origin, "observation", observation);
    }

    public static ObjectNode failure(Origin origin, String traceId, String reason) {
        ObjectNode failure = JSON.createObjectNode().put("traceId", traceId).put("failureReason", reason);
        return part(origin, JSON.createObjectNode().set("failureTrace", failure));
    }

    private static ObjectNode orchestration(Origin origin, String kind, JsonNode value) {
        ObjectNode orchestration = JSON.createObjectNode();
        orchestration.set(kind, value);
        return part(origin, JSON.createObjectNode().set("orchestrationTrace", orchestration));
    }

    private static ObjectNode part(Origin origin, JsonNode trace) {
        ObjectNode part = JSON.createObjectNode();
        part.put("agentId", origin.agentId());
        part.put("agentName", origin.agentName());
        part.put("agentAliasId", origin.aliasId());
        part.put("agentVersion", "DRAFT");
        part.put("sessionId", origin.sessionId());
        ArrayNode chain = JSON.createArrayNode();
        origin.callerChain().forEach(arn -> chain.add(JSON.createObjectNode().put("agentAliasArn", arn)));
        part.set("callerChain", chain);
        part.put("eventTime", Instant.now().toString());
        part.set("trace", trace);
        return part;
    }
}
