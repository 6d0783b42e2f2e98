package io.agenticapi.local.model;

import java.util.Map;

/** The model's decision for one turn. */
public sealed interface ModelTurn {
    String rationale();

    Usage usage();

    /**
     * Call one tool. callId is the model's own id for the call (Converse toolUseId, chat-completions tool_call id),
     * echoed with the result; null when the model has none (the offline planner) and the runtime makes one.
     */
    record UseTool(String rationale, String actionGroup, String operationId, Map<String, Object> arguments,
                   Usage usage, String callId) implements ModelTurn {
        public UseTool(String rationale, String actionGroup, String operationId, Map<String, Object> arguments,
                       Usage usage) {
            this(rationale, actionGroup, operationId, arguments, usage, null);
        }
    }

    record Answer(String rationale, String text, Usage usage) implements ModelTurn {
    }

    record Usage(int inputTokens, int outputTokens) {
        public static final Usage NONE = new Usage(0, 0);
    }
}
