package io.agenticapi.stripesandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decoded form-encoded parameter: either a single value, or a branch keyed by bracket segments
 * ({@code metadata[k]=v}, {@code items[0][price]=x}). Whether a branch is a hash or an array is decided later,
 * against the route's declared parameters.
 */
public sealed interface FormNode {

    record Leaf(String value) implements FormNode {
    }

    final class Branch implements FormNode {
        private final Map<String, FormNode> children = new LinkedHashMap<>();

        public Map<String, FormNode> children() {
            return children;
        }

        public boolean isEmpty() {
            return children.isEmpty();
        }

        @Override
        public String toString() {
            return children.toString();
        }
    }
}
