package io.agenticapi.local.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.agenticapi.local.model.Message;

/** Reads action-group result bodies (JSON strings) the way a model would read them: leniently. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    static JsonNode parse(Message.ToolResult result) {
        try {
            JsonNode node = JSON.readTree(result.body() == null ? "" : result.body());
            return node == null ? MissingNode.getInstance() : node;
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** The first {@code limit} lines of a text, with a note of how many were left out. */
    static String head(String text, int limit) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] lines = text.strip().split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(limit, lines.length); i++) {
            out.append(lines[i]).append('\n');
        }
        if (lines.length > limit) {
            out.append("... (").append(lines.length - limit).append(" more lines)\n");
        }
        return out.toString();
    }
}
