package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code expand[]}: replaces ids in an answer by the objects they name ({@code customer}, {@code latest_charge},
 * {@code data.customer} on lists, dotted paths up to four levels). Ids the sandbox does not know stay ids.
 * Includable fields, which Stripe only answers when expanded (an invoice's {@code confirmation_secret}), come from
 * the {@code includable} function.
 */
public final class Expander {

    private static final int MAX_DEPTH = 4;

    private final Function<String, Optional<ObjectNode>> resolver;
    private final BiFunction<ObjectNode, String, Optional<JsonNode>> includable;

    public Expander(Function<String, Optional<ObjectNode>> resolver) {
        this(resolver, (object, field) -> Optional.empty());
    }

    /** {@code includable}: the value of a field an object answers only when expanded, or empty if it has none. */
    public Expander(Function<String, Optional<ObjectNode>> resolver,
                    BiFunction<ObjectNode, String, Optional<JsonNode>> includable) {
        this.resolver = resolver;
        this.includable = includable;
    }

    /** Expands {@code response} in place for every path in the {@code expand} parameter. */
    public void expand(JsonNode response, JsonNode expand) {
        if (expand == null || !expand.isArray() || !(response instanceof ObjectNode object)) {
            return;
        }
        boolean collection = "list".equals(object.path("object").asText())
                || "search_result".equals(object.path("object").asText());
        for (JsonNode pathNode : expand) {
            String path = pathNode.asText();
            String[] segments = path.split("\\.");
            if (segments.length > MAX_DEPTH + (collection ? 1 : 0)) {
                throw StripeError.invalidRequest("You cannot expand more than " + MAX_DEPTH
                        + " levels of a property. Property: " + path, "expand");
            }
            if (collection) {
                if (!segments[0].equals("data") || segments.length < 2) {
                    throw StripeError.invalidRequest("This property cannot be expanded (" + path
                            + "). You may want to try expanding 'data." + path + "' instead.", "expand");
                }
                for (JsonNode item : object.path("data")) {
                    if (item instanceof ObjectNode itemObject) {
                        expandPath(itemObject, segments, 1, path);
                    }
                }
            } else {
                expandPath(object, segments, 0, path);
            }
        }
    }

    private void expandPath(ObjectNode object, String[] segments, int index, String fullPath) {
        String field = segments[index];
        if (!object.has(field)) {
            JsonNode included = includable.apply(object, field).orElseThrow(() ->
                    StripeError.invalidRequest("This property cannot be expanded (" + fullPath + ").", "expand"));
            object.set(field, included);
        }
        JsonNode value = object.get(field);
        if (value.isTextual()) {
            value = resolve(value.asText());
            object.set(field, value);
        } else if (value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, resolve(array.get(i).asText()));
                }
            }
        }
        if (index + 1 < segments.length) {
            if (value instanceof ObjectNode child) {
                expandPath(child, segments, index + 1, fullPath);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element instanceof ObjectNode child) {
                        expandPath(child, segments, index + 1, fullPath);
                    }
                }
            }
        }
    }

    private JsonNode resolve(String id) {
        return resolver.apply(id).<JsonNode>map(ObjectNode::deepCopy).orElseGet(() -> TextNode.valueOf(id));
    }
}
