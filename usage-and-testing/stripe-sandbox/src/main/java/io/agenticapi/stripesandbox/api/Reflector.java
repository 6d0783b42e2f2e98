package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Copies request parameters into an object, for the fields the object actually has: scalars are set, hashes are
 * merged, metadata follows Stripe's rules (an empty value removes a key, an empty metadata clears it), and a
 * parameter whose shape differs from the field (e.g. {@code items[]} vs the {@code items} list object) is skipped.
 */
public final class Reflector {

    /** Parameters that steer a request and are never fields of the answer. */
    public static final Set<String> CONTROL = Set.of("expand", "confirm", "limit", "starting_after",
            "ending_before", "page", "query");

    private Reflector() {
    }

    public static void apply(ObjectNode target, ObjectNode params, Set<String> skip) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            String field = param.getKey();
            if (CONTROL.contains(field) || skip.contains(field) || !target.has(field)) {
                continue;
            }
            JsonNode value = param.getValue();
            JsonNode existing = target.get(field);
            if ("metadata".equals(field)) {
                target.set(field, mergedMetadata(existing, value));
            } else if (value.isNull()) {
                target.putNull(field);
            } else if (existing.isObject() && value.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else if (compatible(existing, value)) {
                target.set(field, value.deepCopy());
            }
        }
    }

    private static boolean compatible(JsonNode existing, JsonNode value) {
        if (existing.isNull()) {
            return true;
        }
        if (existing.isObject() || value.isObject()) {
            return false;
        }
        return existing.isArray() == value.isArray();
    }

    private static void merge(ObjectNode target, ObjectNode value) {
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode existing = target.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static JsonNode mergedMetadata(JsonNode existing, JsonNode value) {
        ObjectNode result = existing != null && existing.isObject() ? ((ObjectNode) existing).deepCopy()
                : io.agenticapi.stripesandbox.state.Json.object();
        if (value.isNull()) {
            result.removeAll();
            return result;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (entry.getValue().isNull() || entry.getValue().asText().isEmpty()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), entry.getValue());
            }
        }
        return result;
    }
}
