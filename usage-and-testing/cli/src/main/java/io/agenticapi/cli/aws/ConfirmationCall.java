package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.aws.SdkPojoJson;
import io.agenticapi.contract.ActionException;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.ApiResult;
import software.amazon.awssdk.services.bedrockagentruntime.model.ConfirmationState;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvocationResultMember;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentRequest;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentResponseHandler;
import software.amazon.awssdk.services.bedrockagentruntime.model.SessionState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Answers a confirmation request: InvokeAgent on the waiting agent's session with sessionState.invocationId and
 * returnControlInvocationResults = [apiResult{actionGroup, apiPath, httpMethod, confirmationState CONFIRM|DENY}].
 * On CONFIRM Bedrock runs the action group's Lambda and the agent carries on; on DENY it does not run it. Not
 * retried: a repeated confirmation could run the code twice.
 */
final class ConfirmationCall {
    record Reply(String text, List<JsonNode> traces) {
    }

    private ConfirmationCall() {
    }

    static Reply send(BedrockAgentRuntimeAsyncClient client, String agentId, String aliasId, PendingConfirmation pending,
                      boolean confirm, Consumer<JsonNode> onTrace) {
        InvokeAgentRequest request = InvokeAgentRequest.builder()
                .agentId(agentId)
                .agentAliasId(aliasId)
                .sessionId(pending.sessionId())
                .enableTrace(true)
                .sessionState(SessionState.builder()
                        .invocationId(pending.invocationId())
                        .returnControlInvocationResults(InvocationResultMember.fromApiResult(ApiResult.builder()
                                .actionGroup(pending.actionGroup())
                                .apiPath(pending.apiPath())
                                .httpMethod(pending.httpMethod())
                                .confirmationState(confirm ? ConfirmationState.CONFIRM : ConfirmationState.DENY)
                                .build()))
                        .build())
                .build();
        StringBuilder text = new StringBuilder();
        List<JsonNode> traces = Collections.synchronizedList(new ArrayList<>());
        Consumer<JsonNode> record = part -> {
            traces.add(part);
            onTrace.accept(part);
        };
        InvokeAgentResponseHandler handler = InvokeAgentResponseHandler.builder()
                .subscriber(InvokeAgentResponseHandler.Visitor.builder()
                        .onChunk(chunk -> {
                            if (chunk.bytes() != null) {
                                synchronized (text) {
                                    text.append(chunk.bytes().asUtf8String());
                                }
                            }
                        })
                        .onTrace(part -> record.accept(SdkPojoJson.toJson(part)))
                        .onReturnControl(payload -> {
                            ObjectNode part = SdkPojoJson.mapper().createObjectNode().put("agentId", agentId)
                                    .put("agentAliasId", aliasId).put("sessionId", pending.sessionId());
                            part.set("returnControl", SdkPojoJson.toJson(payload));
                            record.accept(part);
                        })
                        .build())
                .build();
        try {
            client.invokeAgent(request, handler).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ActionException(502, "confirmation_failed", "sending the confirmation to agent " + agentId
                    + " failed: " + cause.getMessage());
        }
        synchronized (text) {
            return new Reply(text.toString(), List.copyOf(traces));
        }
    }
}
