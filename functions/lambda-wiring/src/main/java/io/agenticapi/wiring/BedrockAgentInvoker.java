package io.agenticapi.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.BedrockAgentRuntimeException;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentRequest;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentResponseHandler;
import software.amazon.awssdk.services.bedrockagentruntime.model.SessionState;
import software.amazon.awssdk.services.bedrockagentruntime.model.ThrottlingException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Asks a deployed Bedrock agent (through its alias) and collects its streamed answer and traces. InvokeAgent only
 * exists on the async client; the call is joined because an action-group Lambda must answer synchronously.
 */
public final class BedrockAgentInvoker implements AgentInvoker {
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-zA-Z._:-]{2,100}");
    private final BedrockAgentRuntimeAsyncClient client;
    private final String agentId;
    private final String aliasId;

    public BedrockAgentInvoker(BedrockAgentRuntimeAsyncClient client, String agentId, String aliasId) {
        this.client = client;
        this.agentId = agentId;
        this.aliasId = aliasId;
    }

    @Override
    public AgentReply invoke(AgentCall call) {
        String sessionId = call.sessionId() != null && SESSION_ID.matcher(call.sessionId()).matches()
                ? call.sessionId() : UUID.randomUUID().toString();
        StringBuilder answer = new StringBuilder();
        List<JsonNode> traces = Collections.synchronizedList(new ArrayList<>());
        InvokeAgentRequest request = InvokeAgentRequest.builder()
                .agentId(agentId)
                .agentAliasId(aliasId)
                .sessionId(sessionId)
                .inputText(call.inputText())
                .enableTrace(true)
                .sessionState(SessionState.builder().sessionAttributes(call.sessionAttributes()).build())
                .build();
        InvokeAgentResponseHandler handler = InvokeAgentResponseHandler.builder()
                .subscriber(InvokeAgentResponseHandler.Visitor.builder()
                        .onChunk(chunk -> {
                            if (chunk.bytes() != null) {
                                synchronized (answer) {
                                    answer.append(chunk.bytes().asUtf8String());
                                }
                            }
                        })
                        .onTrace(trace -> traces.add(SdkPojoJson.toJson(trace)))
                        .build())
                .build();
        try {
            client.invokeAgent(request, handler).join();
        } catch (CompletionException e) {
            throw translate(e.getCause() != null ? e.getCause() : e);
        }
        return new AgentReply(answer.toString(), sessionId, List.copyOf(traces));
    }

    /** Maps the service's failures onto envelope statuses the calling agent can reason about. */
    static ActionException translate(Throwable cause) {
        if (cause instanceof ThrottlingException) {
            return new ActionException(429, "throttled", "the sub-agent's model is throttled (Bedrock "
                    + "ThrottlingException); wait a minute and retry, or ask for a quota increase");
        }
        if (cause instanceof BedrockAgentRuntimeException e) {
            int status = e.statusCode() >= 400 && e.statusCode() < 600 ? 502 : 500;
            return new ActionException(status, "sub_agent_failed", "InvokeAgent failed: "
                    + (e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() + ": "
                    + e.awsErrorDetails().errorMessage() : e.getMessage()));
        }
        return new ActionException(502, "sub_agent_failed", "InvokeAgent failed: " + cause);
    }
}
