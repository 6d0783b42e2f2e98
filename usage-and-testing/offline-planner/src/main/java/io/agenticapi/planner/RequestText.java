package io.agenticapi.planner;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request in three aligned forms: as written (for values), lower-cased (for matching) and masked (lower-cased
 * with every extracted value blanked out, so an email or a quoted name cannot be read as a resource or a verb).
 */
final class RequestText {

    /** Fills masked spans: neither a letter nor whitespace, so no pattern can read or bridge across it. */
    static final char MASK = '\u0001';

    private final String original;
    private final String lower;
    private final char[] masked;

    RequestText(String request) {
        this.original = request.strip().replaceAll("\\s+", " ");
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]); // char by char keeps offsets aligned with the original
        }
        this.lower = new String(chars);
        this.masked = chars.clone();
    }

    String original() {
        return original;
    }

    String lower() {
        return lower;
    }

    String masked() {
        return new String(masked);
    }

    String original(int start, int end) {
        return original.substring(start, end);
    }

    void mask(int start, int end) {
        Arrays.fill(masked, Math.max(0, start), Math.min(masked.length, end), MASK);
    }

    boolean isMasked(int position) {
        return position < masked.length && masked[position] == MASK;
    }

    /** Whether any character of the span was already taken by another value. */
    boolean overlapsMask(int start, int end) {
        for (int i = start; i < end; i++) {
            if (isMasked(i)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over the masked text, so taken values are skipped. */
    Matcher inMasked(Pattern pattern) {
        return pattern.matcher(masked());
    }

    /** The first match that touches no masked character. */
    Optional<Matcher> firstUnmasked(Pattern pattern) {
        Matcher m = inMasked(pattern);
        int from = 0;
        while (from <= length() && m.find(from)) {
            if (!overlapsMask(m.start(), m.end())) {
                return Optional.of(m);
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    /** The first position at or after {@code position} whose character is not one of {@code chars}. */
    int skip(int position, String chars) {
        int p = position;
        while (p < length() && chars.indexOf(original.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    int length() {
        return original.length();
    }
}
