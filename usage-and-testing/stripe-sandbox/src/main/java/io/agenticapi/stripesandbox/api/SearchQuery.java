package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stripe's search query language, for the common cases: {@code email:'a@b.c'}, {@code name~'ali'},
 * {@code metadata['order']:'42'}, {@code amount>1000}, {@code -status:'canceled'}, {@code description:null},
 * clauses joined by AND or by OR (not both, as on Stripe).
 */
public final class SearchQuery {

    enum Op { EQUALS, CONTAINS, GT, GTE, LT, LTE }

    record Clause(boolean negated, String field, String metadataKey, Op op, String value, boolean nullValue) {
    }

    private final List<Clause> clauses;
    private final boolean any;

    private SearchQuery(List<Clause> clauses, boolean any) {
        this.clauses = clauses;
        this.any = any;
    }

    /** Parses a query; {@code knownFields} are the fields the searched resource has. */
    public static SearchQuery parse(String query, Set<String> knownFields) {
        return new Parser(query, knownFields).parse();
    }

    public boolean matches(JsonNode object) {
        for (Clause clause : clauses) {
            boolean match = matches(clause, object) != clause.negated();
            if (any && match) {
                return true;
            }
            if (!any && !match) {
                return false;
            }
        }
        return !any;
    }

    private static boolean matches(Clause clause, JsonNode object) {
        JsonNode value = clause.metadataKey() != null
                ? object.path("metadata").get(clause.metadataKey())
                : object.get(clause.field());
        if (value != null && value.isObject() && value.has("id")) {
            value = value.get("id"); // an expanded reference searches by its id
        }
        boolean missing = value == null || value.isNull();
        if (clause.nullValue()) {
            return missing;
        }
        if (missing) {
            return false;
        }
        String text = value.asText();
        return switch (clause.op()) {
            case EQUALS -> text.equalsIgnoreCase(clause.value());
            case CONTAINS -> text.toLowerCase(Locale.ROOT).contains(clause.value().toLowerCase(Locale.ROOT));
            default -> compare(text, clause);
        };
    }

    private static boolean compare(String text, Clause clause) {
        BigDecimal left;
        try {
            left = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return false;
        }
        int c = left.compareTo(new BigDecimal(clause.value()));
        return switch (clause.op()) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            default -> c <= 0;
        };
    }

    private static final class Parser {
        private final String query;
        private final Set<String> knownFields;
        private int pos;

        Parser(String query, Set<String> knownFields) {
            this.query = query;
            this.knownFields = knownFields;
        }

        SearchQuery parse() {
            List<Clause> clauses = new ArrayList<>();
            String joiner = null;
            clauses.add(clause());
            skipSpaces();
            while (pos < query.length()) {
                String word = word();
                if (!word.equals("AND") && !word.equals("OR")) {
                    throw invalid("expected AND or OR before '" + word + "'");
                }
                if (joiner != null && !joiner.equals(word)) {
                    throw invalid("AND and OR cannot be combined in one query");
                }
                joiner = word;
                clauses.add(clause());
                skipSpaces();
            }
            if (clauses.size() > 10) {
                throw invalid("a query can have at most 10 clauses");
            }
            return new SearchQuery(clauses, "OR".equals(joiner));
        }

        private Clause clause() {
            skipSpaces();
            boolean negated = peek() == '-';
            if (negated) {
                pos++;
            }
            String field = identifier();
            String metadataKey = null;
            if (peek() == '[') {
                if (!field.equals("metadata")) {
                    throw invalid("only metadata['key'] takes a key, not " + field);
                }
                pos++;
                metadataKey = quoted();
                expect(']');
            }
            if (metadataKey == null && !knownFields.contains(field)) {
                throw invalid("Field '" + field + "' is an unsupported search field for this resource");
            }
            Op op = operator();
            skipSpaces();
            String value;
            boolean nullValue = false;
            if (peek() == '\'' || peek() == '"') {
                value = quoted();
            } else {
                value = bareValue();
                nullValue = value.equals("null");
                if (!nullValue && op == Op.EQUALS) {
                    // unquoted values are numbers on Stripe
                    requireNumber(value);
                }
            }
            if (op == Op.CONTAINS && value.length() < 3) {
                throw invalid("substring matching (~) needs at least 3 characters");
            }
            if (op != Op.EQUALS && op != Op.CONTAINS) {
                requireNumber(value);
            }
            if (nullValue && op != Op.EQUALS) {
                throw invalid("null can only be compared with ':'");
            }
            return new Clause(negated, field, metadataKey, op, value, nullValue);
        }

        private Op operator() {
            skipSpaces();
            char c = peek();
            pos++;
            switch (c) {
                case ':':
                    return Op.EQUALS;
                case '~':
                    return Op.CONTAINS;
                case '>':
                    if (peek() == '=') {
                        pos++;
                        return Op.GTE;
                    }
                    return Op.GT;
                case '<':
                    if (peek() == '=') {
                        pos++;
                        return Op.LTE;
                    }
                    return Op.LT;
                default:
                    pos--;
                    throw invalid("expected one of : ~ > < >= <= at position " + pos);
            }
        }

        private String identifier() {
            int start = pos;
            while (pos < query.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
                pos++;
            }
            if (start == pos) {
                throw invalid("expected a field name at position " + pos);
            }
            return query.substring(start, pos);
        }

        private String bareValue() {
            int start = pos;
            while (pos < query.length() && !Character.isWhitespace(peek())) {
                pos++;
            }
            if (start == pos) {
                throw invalid("expected a value at position " + pos);
            }
            return query.substring(start, pos);
        }

        private String word() {
            int start = pos;
            while (pos < query.length() && !Character.isWhitespace(peek())) {
                pos++;
            }
            return query.substring(start, pos);
        }

        private String quoted() {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw invalid("expected a quoted value at position " + pos);
            }
            pos++;
            StringBuilder value = new StringBuilder();
            while (pos < query.length() && peek() != quote) {
                if (peek() == '\\' && pos + 1 < query.length()) {
                    pos++;
                }
                value.append(peek());
                pos++;
            }
            if (pos >= query.length()) {
                throw invalid("unterminated quoted value");
            }
            pos++;
            return value.toString();
        }

        private void expect(char c) {
            if (peek() != c) {
                throw invalid("expected '" + c + "' at position " + pos);
            }
            pos++;
        }

        private void requireNumber(String value) {
            try {
                new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw invalid("'" + value + "' must be quoted (strings) or a number");
            }
        }

        private char peek() {
            return pos < query.length() ? query.charAt(pos) : '\0';
        }

        private void skipSpaces() {
            while (pos < query.length() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        private StripeError invalid(String why) {
            return StripeError.invalidRequest("Invalid query: " + why + ". Query: " + query, "query");
        }
    }
}
