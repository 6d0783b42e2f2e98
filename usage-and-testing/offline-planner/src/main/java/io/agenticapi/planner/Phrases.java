package io.agenticapi.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quoted text and name-like runs of words: the two shapes a free-text value takes in a request. */
final class Phrases {

    /** A quoted span: offsets of the quotes themselves and the text between them. */
    record Quote(int start, int end, String content) {}

    private static final List<Pattern> QUOTES = List.of(
            Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\""), Pattern.compile("“([^”]*)”"),
            Pattern.compile("‘([^’]*)’"), Pattern.compile("«([^»]*)»"),
            Pattern.compile("(?<![\\p{L}\\p{N}])'(.+?)'(?![\\p{L}\\p{N}])"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

    /** Words that end a name: "Alice Smith with email ..." stops at "with". */
    private static final Set<String> NAME_STOP = Set.of("with", "and", "whose", "who", "that", "which", "email",
            "e-mail", "mail", "phone", "for", "to", "in", "on", "at", "using", "via", "from", "description",
            "metadata", "currency", "amount", "costing", "cost", "costs", "priced", "price", "of", "as", "plus",
            "then", "please", "by", "into", "under", "having", "has", "id", "limit", "per", "each", "monthly",
            "yearly", "weekly", "daily", "now", "today", "also", "but", "or", "so", "if", "where", "when", "it",
            "them", "him", "her", "is", "are", "was", "be", "the", "a", "an", "i", "me", "my", "our", "this",
            "would", "should", "could", "can", "will", "want", "need", "like", "thanks", "thank", "test");

    private Phrases() {
    }

    /** Quoted spans, outermost first: in 'He said "hi"' the single quotes win over the inner double ones. */
    static List<Quote> quotes(RequestText text) {
        List<Quote> found = new ArrayList<>();
        for (Pattern pattern : QUOTES) {
            Matcher m = pattern.matcher(text.original());
            while (m.find()) {
                String content = m.group(1);
                if (pattern == QUOTES.get(0)) {
                    content = content.replace("\\\"", "\"").replace("\\\\", "\\");
                }
                found.add(new Quote(m.start(), m.end(), content));
            }
        }
        found.sort(Comparator.comparingInt(Quote::start)
                .thenComparing(Comparator.comparingInt(Quote::end).reversed()));
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : found) {
            boolean overlaps = quotes.stream().anyMatch(o -> o.start() < q.end() && q.start() < o.end());
            if (!overlaps && !text.overlapsMask(q.start(), q.end())) {
                quotes.add(q);
            }
        }
        return quotes;
    }

    static Optional<Quote> quoteAt(RequestText text, List<Quote> quotes, int position) {
        int start = text.skip(position, " ");
        return quotes.stream().filter(q -> q.start() == start && !text.overlapsMask(q.start(), q.end())).findFirst();
    }

    /** A quoted value or name-like words starting at {@code position}; masks what it takes. */
    static Optional<String> valueAt(RequestText text, List<Quote> quotes, int position) {
        Optional<Quote> quote = quoteAt(text, quotes, position);
        if (quote.isPresent()) {
            text.mask(quote.get().start(), quote.get().end());
            return Optional.of(quote.get().content());
        }
        return nameWords(text, text.skip(position, " "), w -> false).map(span -> {
            text.mask(span[0], span[1]);
            return text.original(span[0], span[1]);
        });
    }

    /** The span of up to six name words starting at {@code start}, ending at punctuation, a stop word or a value. */
    static Optional<int[]> nameWords(RequestText text, int start, Predicate<String> vocabulary) {
        Matcher word = WORD.matcher(text.original());
        int position = start;
        int end = -1;
        int count = 0;
        while (count < 6 && position < text.length() && word.find(position) && word.start() == position
                && !text.overlapsMask(word.start(), word.end())) {
            String token = word.group();
            String lower = token.toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "");
            if (NAME_STOP.contains(lower) || vocabulary.test(lower)) {
                break;
            }
            end = word.end();
            count++;
            position = end + 1;
            if (end >= text.length() || text.original().charAt(end) != ' ') {
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        String span = text.original(start, end);
        while (span.endsWith(".") && !span.matches(".*\\b\\p{L}\\.$")) {
            span = span.substring(0, span.length() - 1);
            end--;
        }
        return span.isBlank() ? Optional.empty() : Optional.of(new int[] {start, end});
    }

    static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
