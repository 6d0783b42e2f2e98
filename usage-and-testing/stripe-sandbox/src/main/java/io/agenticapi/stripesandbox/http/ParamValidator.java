package io.agenticapi.stripesandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.catalog.ParamSpec;
import io.agenticapi.stripesandbox.state.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks decoded form parameters against a route's declared parameters the way Stripe does (unknown, mistyped,
 * missing, empty) and converts them to typed JSON: integers become integers, numbers floats, booleans booleans,
 * hashes objects, indexed branches arrays. An empty string that unsets an emptiable parameter becomes JSON null.
 */
public final class ParamValidator {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(c -> c.getCurrencyCode().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private ParamValidator() {
    }

    public static ObjectNode validate(ParamSpec routeParams, FormNode.Branch input) {
        return (ObjectNode) object(routeParams, input, "");
    }

    private static JsonNode value(ParamSpec spec, FormNode node, String name, boolean emptyAllowed) {
        if (spec.isUnion()) {
            return union(spec.anyOf(), node, name);
        }
        if (spec.isObject()) {
            return object(spec, node, name);
        }
        if (spec.isArray()) {
            return array(spec, node, name);
        }
        if (!(node instanceof FormNode.Leaf leaf)) {
            throw StripeError.invalidRequest("Invalid " + spec.type() + ": " + name
                    + " must be a single value, not a hash or an array.", name);
        }
        String text = leaf.value();
        if (text.isEmpty() && !emptyAllowed) {
            throw StripeError.invalidRequest("parameter_invalid_empty", "You passed an empty string for '" + name
                    + "'. We assume empty values are an attempt to unset a parameter; however '" + name
                    + "' cannot be unset. You should remove '" + name
                    + "' from your request or supply a non-empty value.", name);
        }
        return switch (spec.type()) {
            case ParamSpec.INTEGER -> integer(text, name);
            // Stripe answers `number` fields as floats: percent_off=25 comes back as 25.0
            case ParamSpec.NUMBER -> DoubleNode.valueOf(decimal(text, name).doubleValue());
            case ParamSpec.BOOLEAN -> bool(text, name);
            default -> string(spec, text, name);
        };
    }

    private static JsonNode union(List<ParamSpec> alternatives, FormNode node, String name) {
        if (node instanceof FormNode.Leaf leaf && leaf.value().isEmpty()
                && alternatives.stream().anyMatch(ParamSpec::isEmptyStringMarker)) {
            return NullNode.getInstance();
        }
        boolean isLeaf = node instanceof FormNode.Leaf;
        List<ParamSpec> fitting = new ArrayList<>();
        for (ParamSpec alternative : alternatives) {
            if (alternative.isEmptyStringMarker()) {
                continue;
            }
            boolean structured = alternative.isObject() || alternative.isArray() || alternative.isUnion();
            if (isLeaf != structured || alternative.isUnion()) {
                fitting.add(alternative);
            }
        }
        if (fitting.isEmpty()) {
            fitting = alternatives.stream().filter(a -> !a.isEmptyStringMarker()).toList();
        }
        StripeError first = null;
        for (ParamSpec alternative : fitting) {
            try {
                return value(alternative, node, name, false);
            } catch (StripeError e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw first;
    }

    private static JsonNode object(ParamSpec spec, FormNode node, String name) {
        if (!(node instanceof FormNode.Branch branch)) {
            throw StripeError.invalidRequest("Invalid hash: " + name + " must be a hash (e.g. " + name
                    + "[key]=value).", name);
        }
        ObjectNode result = Json.object();
        if (spec.isFreeForm()) {
            return raw(branch);
        }
        Map<String, ParamSpec> properties = spec.propertiesOrEmpty();
        for (Map.Entry<String, FormNode> child : branch.children().entrySet()) {
            String childName = childName(name, child.getKey());
            ParamSpec childSpec = properties.get(child.getKey());
            if (childSpec != null && unsetsOptionalString(spec, child.getKey(), childSpec, child.getValue())) {
                result.putNull(child.getKey());
            } else if (childSpec != null) {
                result.set(child.getKey(), checkCurrency(child.getKey(),
                        value(childSpec, child.getValue(), childName, false), childName));
            } else if (spec.additional() != null) {
                // metadata-like maps: an empty value deletes the key, so it is allowed
                result.set(child.getKey(), value(spec.additional(), child.getValue(), childName, true));
            } else {
                throw StripeError.parameterUnknown(childName);
            }
        }
        for (String required : spec.requiredOrEmpty()) {
            if (!result.has(required)) {
                throw StripeError.parameterMissing(childName(name, required));
            }
        }
        return result;
    }

    /** Stripe lets an empty string clear an optional free-text parameter (e.g. description=). */
    private static boolean unsetsOptionalString(ParamSpec parent, String key, ParamSpec spec, FormNode node) {
        return node instanceof FormNode.Leaf leaf && leaf.value().isEmpty()
                && ParamSpec.STRING.equals(spec.type()) && spec.enumValues() == null
                && !parent.requiredOrEmpty().contains(key);
    }

    private static JsonNode array(ParamSpec spec, FormNode node, String name) {
        if (!(node instanceof FormNode.Branch branch)) {
            throw StripeError.invalidRequest("Invalid array: " + name + " must be an array (e.g. " + name
                    + "[0]=value).", name);
        }
        TreeMap<Integer, FormNode> byIndex = new TreeMap<>();
        for (Map.Entry<String, FormNode> child : branch.children().entrySet()) {
            try {
                int index = Integer.parseInt(child.getKey());
                if (index < 0) {
                    throw new NumberFormatException();
                }
                byIndex.put(index, child.getValue());
            } catch (NumberFormatException e) {
                throw StripeError.invalidRequest("Invalid array: " + name + " has a non-numeric index '"
                        + child.getKey() + "'.", name);
            }
        }
        ArrayNode result = Json.MAPPER.createArrayNode();
        int position = 0;
        for (FormNode element : byIndex.values()) {
            result.add(value(spec.items(), element, name + "[" + position++ + "]", false));
        }
        return result;
    }

    private static JsonNode string(ParamSpec spec, String text, String name) {
        if (spec.enumValues() != null && !spec.enumValues().contains(text)) {
            throw StripeError.invalidRequest("Invalid " + name + ": must be one of " + oneOf(spec.enumValues()), name);
        }
        if ("decimal".equals(spec.format())) {
            decimal(text, name);
        }
        return TextNode.valueOf(text);
    }

    private static JsonNode checkCurrency(String key, JsonNode value, String name) {
        if (!"currency".equals(key) || !value.isTextual()) {
            return value;
        }
        // Stripe accepts any case and answers lowercase
        String code = value.asText().toLowerCase(Locale.ROOT);
        if (!CURRENCIES.contains(code)) {
            throw StripeError.invalidRequest("Invalid currency: " + value.asText()
                    + ". Stripe currently supports these currencies: see https://stripe.com/docs/currencies", name);
        }
        return TextNode.valueOf(code);
    }

    private static JsonNode integer(String text, String name) {
        try {
            return LongNode.valueOf(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw StripeError.invalidRequest("parameter_invalid_integer", "Invalid integer: " + text, name);
        }
    }

    private static BigDecimal decimal(String text, String name) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw StripeError.invalidRequest("Invalid decimal: " + text, name);
        }
    }

    private static JsonNode bool(String text, String name) {
        return switch (text) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            default -> throw StripeError.invalidRequest("Invalid boolean: " + text, name);
        };
    }

    /** A free-form hash kept as given: values stay strings. */
    private static ObjectNode raw(FormNode.Branch branch) {
        ObjectNode result = Json.object();
        branch.children().forEach((key, child) -> {
            if (child instanceof FormNode.Leaf leaf) {
                result.put(key, leaf.value());
            } else {
                result.set(key, raw((FormNode.Branch) child));
            }
        });
        return result;
    }

    private static String childName(String parent, String key) {
        return parent.isEmpty() ? key : parent + "[" + key + "]";
    }

    private static String oneOf(List<String> values) {
        List<String> shown = values.stream().filter(v -> !v.isEmpty()).toList();
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + ", or " + shown.get(shown.size() - 1);
    }
}
