package io.agenticapi.local.model;

import java.util.Map;

/** The conversation of one agent: the user's input, the model's tool calls and their results, its answer. */
public sealed interface Message {
    record User(String text) implements Message {
    }

    record ToolCall(String callId, String actionGroup, String operationId, Map<String, Object> arguments,
                    String rationale) implements Message {
    }

    /** status is the envelope's httpStatusCode; body the envelope's JSON body string. */
    record ToolResult(String callId, String actionGroup, String operationId, int status, String body)
            implements Message {
    }

    record Assistant(String text) implements Message {
    }
}
