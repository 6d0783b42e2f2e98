package io.agenticapi.stripesandbox.http;

import io.agenticapi.stripesandbox.api.StripeError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (request body or query string) with Stripe's bracket
 * syntax into a {@link FormNode.Branch}: {@code a[b][c]=v} nests, {@code a[0]=x} indexes, {@code a[]=x} appends
 * (Rack semantics: {@code a[][k]} starts a new element when the last one already has {@code k}).
 */
public final class FormDecoder {

    private FormDecoder() {
    }

    public static FormNode.Branch decode(String text) {
        FormNode.Branch root = new FormNode.Branch();
        if (text == null || text.isEmpty()) {
            return root;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawKey = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String key = decodeComponent(rawKey);
            String value = decodeComponent(rawValue);
            insert(root, key, parseKey(key), value);
        }
        return root;
    }

    private static String decodeComponent(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw StripeError.invalidRequest("Invalid request: malformed %-encoding in '" + raw + "'.", null);
        }
    }

    /** {@code items[0][price]} → [items, 0, price]; an empty segment stands for {@code []}. */
    static List<String> parseKey(String key) {
        int open = key.indexOf('[');
        if (open == 0 || key.isEmpty()) {
            throw malformed(key);
        }
        List<String> segments = new ArrayList<>();
        if (open < 0) {
            if (key.indexOf(']') >= 0) {
                throw malformed(key);
            }
            segments.add(key);
            return segments;
        }
        segments.add(key.substring(0, open));
        int i = open;
        while (i < key.length()) {
            if (key.charAt(i) != '[') {
                throw malformed(key);
            }
            int close = key.indexOf(']', i);
            if (close < 0) {
                throw malformed(key);
            }
            String segment = key.substring(i + 1, close);
            if (segment.indexOf('[') >= 0) {
                throw malformed(key);
            }
            segments.add(segment);
            i = close + 1;
        }
        return segments;
    }

    private static void insert(FormNode.Branch root, String key, List<String> segments, String value) {
        FormNode.Branch branch = root;
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            String segment = segments.get(i);
            if (segment.isEmpty()) {
                segment = appendIndex(branch, last ? null : segments.get(i + 1));
            }
            FormNode existing = branch.children().get(segment);
            if (last) {
                if (existing instanceof FormNode.Branch) {
                    throw conflict(key);
                }
                branch.children().put(segment, new FormNode.Leaf(value));
            } else {
                if (existing instanceof FormNode.Leaf) {
                    throw conflict(key);
                }
                if (existing == null) {
                    existing = new FormNode.Branch();
                    branch.children().put(segment, existing);
                }
                branch = (FormNode.Branch) existing;
            }
        }
    }

    /** The index an {@code []} segment stands for: a new element, or the last one if it lacks {@code nextKey}. */
    private static String appendIndex(FormNode.Branch branch, String nextKey) {
        int size = branch.children().size();
        if (nextKey != null && size > 0) {
            FormNode lastElement = branch.children().get(String.valueOf(size - 1));
            if (lastElement instanceof FormNode.Branch b && !nextKey.isEmpty() && !b.children().containsKey(nextKey)) {
                return String.valueOf(size - 1);
            }
        }
        return String.valueOf(size);
    }

    private static StripeError malformed(String key) {
        return StripeError.invalidRequest("Invalid request: malformed parameter name '" + key + "'.", key);
    }

    private static StripeError conflict(String key) {
        return StripeError.invalidRequest(
                "Invalid request: parameter '" + key + "' was given both as a value and as a hash or array.", key);
    }
}
