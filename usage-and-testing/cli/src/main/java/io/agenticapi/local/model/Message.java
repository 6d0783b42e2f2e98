package io.agenticapi.local.model;

import java.util.Map;

/** The conversation of one agent: the user's input, the model's tool calls and their results, its answer. */
public sealed interface Message {
    record User(String text) implements Message {
    }

    record ToolCall(String callId, String actionGroup, String operationId, Map<String, Object> arguments,
                    String rationale) implements Message {
        /** The tool name the model used for this call. */
        public String toolName() {
            return actionGroup + "__" + operationId;
        }
    }

    /** status is the envelope's httpStatusCode; body the envelope's JSON body string. */
    record ToolResult(String callId, String actionGroup, String operationId, int status, String body)
            implements Message {
        public boolean failed() {
            return status >= 400;
        }

        /** The result as a model reads it: the body, after the status when the call failed. */
        public String textForModel() {
            String text = body == null || body.isBlank() ? "(empty body)" : body;
            return failed() ? "HTTP " + status + ": " + text : text;
        }
    }

    /** The agent's final answer of an earlier turn in the same session. */
    record Assistant(String text) implements Message {
    }
}
