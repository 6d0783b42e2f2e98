package io.agenticapi.local.model;

import java.util.Map;

/** The model's decision for one turn. */
public sealed interface ModelTurn {
    String rationale();

    Usage usage();

    record UseTool(String rationale, String actionGroup, String operationId, Map<String, Object> arguments,
                   Usage usage) implements ModelTurn {
    }

    record Answer(String rationale, String text, Usage usage) implements ModelTurn {
    }

    record Usage(int inputTokens, int outputTokens) {
        public static final Usage NONE = new Usage(0, 0);
    }
}
