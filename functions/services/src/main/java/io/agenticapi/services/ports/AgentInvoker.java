package io.agenticapi.services.ports;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Asks another agent (the Generator or the Executor) and waits for its final answer: Bedrock InvokeAgent on AWS,
 * the local agent runtime on a laptop.
 */
public interface AgentInvoker {
    AgentReply invoke(AgentCall call);

    /** One turn: the text for the agent, the session to continue, and session attributes to pass along. */
    record AgentCall(String sessionId, String inputText, Map<String, String> sessionAttributes) {
    }

    /**
     * The agent's final answer; traces in InvokeAgent's trace-part shape (may be empty); returnControl when the
     * agent asks the caller to confirm an action instead of answering.
     */
    record AgentReply(String text, String sessionId, List<JsonNode> traces) {
    }
}
