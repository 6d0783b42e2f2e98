package io.agenticapi.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds the string values of a Bedrock event to an operation's declared fields. Values arrive as strings; the
 * schema's declared type decides the conversion. A missing required field or an unconvertible value is a 400.
 */
public final class ArgumentBinder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArgumentBinder() {
    }

    public static Arguments bind(ActionGroupSchema.Operation operation, ActionGroupEvent event) {
        Map<String, String> supplied = new LinkedHashMap<>();
        for (ActionGroupEvent.Parameter p : event.parametersOrEmpty()) {
            if (p != null && p.name() != null) {
                supplied.put(p.name(), p.value());
            }
        }
        for (ActionGroupEvent.Parameter p : event.bodyProperties()) {
            if (p != null && p.name() != null) {
                supplied.put(p.name(), p.value());
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ActionGroupSchema.Field field : operation.fields()) {
            String raw = supplied.get(field.name());
            if (raw == null) {
                if (field.required()) {
                    throw ActionException.badRequest("missing required " + where(field) + " '" + field.name()
                            + "' (" + field.type() + ")");
                }
                continue;
            }
            bound.put(field.name(), convert(field, raw));
        }
        return new Arguments(bound);
    }

    static Object convert(ActionGroupSchema.Field field, String raw) {
        String type = field.type().toLowerCase(Locale.ROOT);
        String value = raw.trim();
        try {
            return switch (type) {
                case "integer" -> new BigDecimal(value).longValueExact();
                case "number" -> Double.parseDouble(value);
                case "boolean" -> parseBoolean(value);
                case "array" -> parseArray(value);
                case "object" -> JSON.readValue(value, new TypeReference<Map<String, Object>>() {
                });
                default -> raw; // strings keep their exact text (code!), no trimming
            };
        } catch (ArithmeticException | JsonProcessingException | IllegalArgumentException e) {
            throw ActionException.badRequest(where(field) + " '" + field.name() + "' must be " + article(type) + " "
                    + type + ", got '" + abbreviate(raw) + "'");
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /**
     * Arrays arrive as JSON, or as Java toString text such as {@code [a, b]} or {@code [{k=v, n=2}]} (a known
     * Bedrock quirk): accept both.
     */
    private static List<Object> parseArray(String value) throws JsonProcessingException {
        if (!value.startsWith("[") || !value.endsWith("]")) {
            throw new IllegalArgumentException("not an array");
        }
        try {
            return JSON.readValue(value, new TypeReference<List<Object>>() {
            });
        } catch (JsonProcessingException notJson) {
            return parseJavaToString(value.substring(1, value.length() - 1));
        }
    }

    private static List<Object> parseJavaToString(String inner) {
        List<Object> items = new ArrayList<>();
        for (String part : splitTopLevel(inner, ',')) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            if (item.startsWith("{") && item.endsWith("}")) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String entry : splitTopLevel(item.substring(1, item.length() - 1), ',')) {
                    int eq = entry.indexOf('=');
                    if (eq > 0) {
                        map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
                    }
                }
                items.add(map);
            } else {
                items.add(item);
            }
        }
        return items;
    }

    private static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String where(ActionGroupSchema.Field field) {
        return field.inBody() ? "property" : "parameter";
    }

    private static String article(String type) {
        return type.matches("^[aeiou].*") ? "an" : "a";
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 57) + "...";
    }
}
