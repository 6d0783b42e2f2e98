package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Stripe's application/x-www-form-urlencoded encoding of nested parameters, as stripe-python does it:
 * {@code metadata[order]=42}, {@code items[0][price]=price_1}, {@code expand[0]=customer}; booleans as
 * {@code true}/{@code false}; nulls dropped; an empty string kept (it unsets a field).
 */
public final class FormEncoding {

    private FormEncoding() {
    }

    /** The encoded form of a JSON object (null or non-object: empty string). */
    public static String encode(JsonNode params) {
        if (params == null || !params.isObject()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            flatten(field.getKey(), field.getValue(), pairs);
        }
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static void flatten(String key, JsonNode value, List<String[]> pairs) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(key + "[" + field.getKey() + "]", field.getValue(), pairs);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(key + "[" + i + "]", value.get(i), pairs);
            }
        } else if (value.isBoolean()) {
            pairs.add(new String[] {key, value.booleanValue() ? "true" : "false"});
        } else {
            pairs.add(new String[] {key, value.asText()});
        }
    }
}
