package io.agenticapi.local;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives trace parts as they happen (live printing, collection). */
@FunctionalInterface
public interface TraceSink {
    void accept(JsonNode tracePart);

    TraceSink NONE = part -> {
    };

    default TraceSink and(TraceSink other) {
        return part -> {
            accept(part);
            other.accept(part);
        };
    }
}
