package io.agenticapi.planner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders Java values as Python literals. User text only ever reaches generated code through here, so a name like
 * {@code O'Brien "x" \} stays data: every string becomes a double-quoted literal with backslashes, quotes, control
 * and invisible characters escaped, and nothing can end the literal early.
 */
final class PythonLiteral {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PythonLiteral() {
    }

    static String of(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> string(s);
            case Boolean b -> b ? "True" : "False";
            case Integer i -> Integer.toString(i);
            case Long l -> Long.toString(l);
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> string(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case List<?> list -> list.stream().map(PythonLiteral::of).collect(Collectors.joining(", ", "[", "]"));
            default -> throw new IllegalArgumentException("no Python literal for " + value.getClass().getName());
        };
    }

    /** A double-quoted Python str literal that evaluates to exactly {@code text}. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (printable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp <= 0xFF) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp <= 0xFFFF) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A keyword argument name; parameter names come from Stripe's table, this guards against surprises. */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Python identifier: " + name);
        }
        return name;
    }

    /** Visible characters and plain spaces; line/paragraph separators, format, private and lone surrogates are not. */
    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
