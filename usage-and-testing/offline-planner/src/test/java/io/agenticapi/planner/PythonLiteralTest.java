package io.agenticapi.planner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PythonLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"Alice Smith", "O'Brien \"x\" \\ ", "\"); import os; os.system(\"id\"); (\"",
            "line\nbreak\rcr\ttab", "nul\u0000bell\u0007del\u007f", "sep\u2028para\u2029nel\u0085",
            "zero\u200bwidth\ufeffbom", "José Müller 山田 🎉", "trailing backslash \\", "{braces} and %s"})
    void everyStringRoundTripsThroughAPythonDoubleQuotedLiteral(String text) {
        String literal = PythonLiteral.string(text);

        assertThat(literal).startsWith("\"").endsWith("\"");
        assertThat(decode(literal)).isEqualTo(text);
        assertThat(literal).doesNotContain("\n", "\r", "\u2028", "\u0085", "\u0000");
        assertThat(PythonScriptCheck.problems("x = " + literal + "\n")).isEmpty();
    }

    @Test
    void rendersNumbersBooleansNoneListsAndDicts() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("price", "price_1");
        item.put("quantity", 2);
        assertThat(PythonLiteral.of(2500L)).isEqualTo("2500");
        assertThat(PythonLiteral.of(new BigDecimal("25.50"))).isEqualTo("25.5");
        assertThat(PythonLiteral.of(true)).isEqualTo("True");
        assertThat(PythonLiteral.of(null)).isEqualTo("None");
        assertThat(PythonLiteral.of(List.of(item))).isEqualTo("[{\"price\": \"price_1\", \"quantity\": 2}]");
        assertThat(PythonLiteral.of(Map.of("k\"ey", "v"))).isEqualTo("{\"k\\\"ey\": \"v\"}");
    }

    @Test
    void refusesNamesThatAreNotIdentifiersAndUnknownTypes() {
        assertThatThrownBy(() -> PythonLiteral.identifier("name=1, evil")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PythonLiteral.of(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(PythonLiteral.identifier("payment_method")).isEqualTo("payment_method");
    }

    /** Decodes a double-quoted Python literal the way Python does (the escapes PythonLiteral emits). */
    static String decode(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                problems.add("bare quote at " + i);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\\', '"', '\'' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> problems.add("unknown escape \\" + e);
            }
        }
        assertThat(problems).isEmpty();
        return out.toString();
    }
}
