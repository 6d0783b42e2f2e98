package io.agenticapi.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads amounts and currencies: "2500 cents (25 USD)", "$25", "25 dollars", "€10.50", "1000 yen", "amount 2500",
 * "with currency usd". Stripe wants integers in the smallest unit, so major amounts are scaled by the currency's
 * decimals (none for zero-decimal currencies such as JPY). When the request gives both cents and a major amount,
 * the explicit cents win.
 */
final class MoneyParser {

    /** An amount found in the text. {@code minorUnits} is true when the text already gave the smallest unit. */
    record Mention(int start, BigDecimal value, String currency, boolean minorUnits, boolean off) {}

    /** The resolved amount in minor units, the currency if the request named one, and where it was written. */
    record Amount(long minor, String currency, boolean off, int start) {}

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final String NAMES = Currencies.NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(n -> n.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    private static final String SYMBOLS = Currencies.SYMBOLS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));

    private static final Pattern CENTS = Pattern.compile(
            "(?<![\\w.,$€£¥])" + NUM + "\\s*(?:cents?|¢|pence|minor\\s+units?|smallest\\s+(?:currency\\s+)?units?)"
                    + "(?![a-z])");
    private static final Pattern SYMBOL_FIRST = Pattern.compile("(?<![a-z0-9])(" + SYMBOLS + ")\\s*" + NUM);
    private static final Pattern CODE_FIRST = Pattern.compile("\\b([a-z]{3})\\s*" + NUM);
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?<![\\w.,])" + NUM + "\\s*(?:(" + NAMES + ")|([a-z]{3})|(€|£|¥|\\$))(?![a-z])");
    private static final Pattern RAW_AMOUNT = Pattern.compile(
            "\\bamount\\s*(?:of\\s+|=\\s*|:\\s*|is\\s+)?" + NUM + "(?![\\d.%])");
    private static final Pattern BARE_AMOUNT = Pattern.compile("\\b(?:for|of|worth)\\s+" + NUM
            + "(?![\\d.,%]|\\s*(?:percent|months?|days?|weeks?|years?|items?|units?|seats?|x\\b|times\\b))");
    private static final Pattern CURRENCY = Pattern.compile(
            "\\b(?:currency|in)\\s*(?:of\\s+|:\\s*|=\\s*|is\\s+|to\\s+)?(" + NAMES + "|[a-z]{3})\\b");
    private static final Pattern BARE_CODE = Pattern.compile("\\b([a-z]{3})\\b");
    private static final Pattern OFF = Pattern.compile("^\\s*off\\b");

    private MoneyParser() {
    }

    /** Finds every amount, masking what it reads; the explicit currency (if any) comes back separately. */
    static Optional<Amount> parse(RequestText text) {
        List<Mention> mentions = new ArrayList<>();
        collect(text, CENTS, mentions, m -> new Mention(m.start(), number(m, 1), null, true, false));
        collect(text, SYMBOL_FIRST, mentions, m -> new Mention(m.start(), number(m, 2),
                Currencies.SYMBOLS.get(m.group(1)), false, false));
        collect(text, CODE_FIRST, mentions, m -> code(text, m.group(1), m.start(1))
                .map(c -> new Mention(m.start(), number(m, 2), c, false, false)).orElse(null));
        collect(text, UNIT_AFTER, mentions, m -> unit(text, m)
                .map(c -> new Mention(m.start(), number(m, 1), c, false, false)).orElse(null));
        collect(text, RAW_AMOUNT, mentions, m -> new Mention(m.start(), number(m, 1), null, true, false));
        String explicitCurrency = explicitCurrency(text);
        if (mentions.isEmpty() && explicitCurrency != null) {
            // "a payment intent in usd for 50": with the currency named, a bare number is a major amount
            collect(text, BARE_AMOUNT, mentions, m -> new Mention(m.start(), number(m, 1), explicitCurrency, false,
                    false));
        }

        Optional<Mention> minor = mentions.stream().filter(Mention::minorUnits)
                .min(Comparator.comparingInt(Mention::start));
        Optional<Mention> major = mentions.stream().filter(m -> !m.minorUnits())
                .min(Comparator.comparingInt(Mention::start));
        String currency = explicitCurrency != null ? explicitCurrency : major.map(Mention::currency).orElse(null);
        if (minor.isPresent()) {
            Mention m = minor.get();
            return Optional.of(new Amount(m.value().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(),
                    currency, m.off(), m.start()));
        }
        return major.map(m -> {
            String c = m.currency();
            return new Amount(Currencies.toMinorUnits(m.value(), c), explicitCurrency != null ? explicitCurrency : c,
                    m.off(), m.start());
        });
    }

    /** "with currency usd", "in euros", or a capitalised code on its own ("USD"). */
    private static String explicitCurrency(RequestText text) {
        Matcher m = text.inMasked(CURRENCY);
        while (m.find()) {
            Optional<String> c = nameOrCode(text, m.group(1), m.start(1));
            if (c.isPresent()) {
                text.mask(m.start(1), m.end(1));
                return c.get();
            }
        }
        Matcher bare = text.inMasked(BARE_CODE);
        while (bare.find()) {
            String word = bare.group(1);
            boolean capitals = text.original(bare.start(1), bare.end(1)).equals(word.toUpperCase());
            if (capitals && Currencies.CODES.contains(word) && !Currencies.WORD_LIKE.contains(word)) {
                text.mask(bare.start(1), bare.end(1));
                return word;
            }
        }
        return null;
    }

    private interface MentionReader {
        Mention read(Matcher m);
    }

    private static void collect(RequestText text, Pattern pattern, List<Mention> into, MentionReader reader) {
        Matcher m = text.inMasked(pattern);
        while (m.find()) {
            if (text.overlapsMask(m.start(), m.end())) {
                continue;
            }
            Mention mention = reader.read(m);
            if (mention == null) {
                continue;
            }
            boolean off = OFF.matcher(text.lower().substring(m.end())).find();
            into.add(new Mention(mention.start(), mention.value(), mention.currency(), mention.minorUnits(), off));
            text.mask(m.start(), m.end());
        }
    }

    private static BigDecimal number(Matcher m, int group) {
        String whole = m.group(group).replace(",", "");
        String fraction = m.group(group + 1);
        return new BigDecimal(fraction == null ? whole : whole + "." + fraction);
    }

    private static Optional<String> unit(RequestText text, Matcher m) {
        if (m.group(3) != null) {
            return Optional.ofNullable(Currencies.NAMES.get(m.group(3).replaceAll("\\s+", " ")));
        }
        if (m.group(4) != null) {
            return code(text, m.group(4), m.start(4));
        }
        return Optional.ofNullable(Currencies.SYMBOLS.get(m.group(5)));
    }

    private static Optional<String> nameOrCode(RequestText text, String word, int position) {
        String name = Currencies.NAMES.get(word.replaceAll("\\s+", " "));
        return name != null ? Optional.of(name) : code(text, word, position);
    }

    /** A three-letter code; codes that are English words ("all", "try") only when written in capitals. */
    private static Optional<String> code(RequestText text, String word, int position) {
        if (!Currencies.CODES.contains(word)) {
            return Optional.empty();
        }
        boolean capitals = text.original(position, position + 3).equals(word.toUpperCase());
        return !Currencies.WORD_LIKE.contains(word) || capitals ? Optional.of(word) : Optional.empty();
    }
}
