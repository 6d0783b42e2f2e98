package io.agenticapi.planner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls argument values out of a request: ids, emails, names, phones, amounts, limits, descriptions, metadata,
 * card tokens and flags. Each value found is masked in the {@link RequestText} so later steps (resource and verb
 * detection) do not mistake "named Customer Success Kit" or "order_id=123" for words of the request itself.
 */
final class ArgumentExtractor {

    private static final Pattern PREAMBLE = Pattern.compile("^(?:(?:please|pls|hey|hi|ok|okay)[,!]?\\s+)?"
            + "(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?)?(?:please\\s+)?"
            + "(?:write|generate|create|make|produce|give\\s+me|build|draft|show\\s+me)\\s+(?:me\\s+)?"
            + "(?:a\\s+|an\\s+|some\\s+|the\\s+)?(?:(?:python|stripe|small|simple|short|working)\\s+)*"
            + "(?:code|script|program|snippet|function|example)\\b\\s*"
            + "(?:that\\s+(?:will\\s+)?|to\\s+|which\\s+|for\\s+|in\\s+order\\s+to\\s+|:\\s*)?");
    private static final Pattern NOISE = Pattern.compile("\\b(?:(?:using|with|via|through|in|on|from)\\s+)?"
            + "(?:the\\s+)?stripe(?:'s)?(?:\\s+(?:python|sdk|api(?!\\s*keys?\\b)|library|client|test\\s+mode|dashboard))*"
            + "\\b|\\band\\s+(?:then\\s+)?(?:run|execute|test)\\s+it\\b|\\bclient[\\s_]secret\\b");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern METADATA = Pattern.compile(
            "\\b(?:with\\s+)?(?:metadata|meta\\s+data|tags?|tagged(?:\\s+with)?|labell?ed(?:\\s+with)?)\\b"
                    + "\\s*(?:of\\s+|with\\s+|as\\s+|[:=]\\s*)?\\{?");
    private static final Pattern PAIR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)?\\s*[\"']?([A-Za-z_][\\w.-]*)[\"']?"
            + "\\s*[=:]\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s,;}]+))\\s*}?");
    private static final Pattern EVENT = Pattern.compile("(?<![\\w@/])([a-z]+(?:_[a-z]+)*(?:\\.[a-z_]+)+)(?![\\w@])");
    private static final Pattern ID = Pattern.compile("(?<![\\w@./-])([a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+)(?![\\w@-])");
    private static final Pattern EXPLICIT_ID = Pattern.compile(
            "\\b(?:with\\s+(?:the\\s+)?)?id\\s*(?:[:=]\\s*|is\\s+|of\\s+)?([A-Za-z0-9][\\w-]{2,})");
    private static final Pattern CODE = Pattern.compile(
            "\\b(?:(?:coupon|promo|promotion|discount)\\s+)?code\\s*(?:[:=]\\s*|is\\s+|of\\s+)?([A-Za-z0-9][\\w-]{2,})");
    private static final Pattern PHONE_KEYED = Pattern.compile("\\b(?:phone|mobile|cell|tel|telephone)"
            + "(?:\\s+number)?(?:\\s+(?:is|to|of)|\\s*[:=])?\\s*(\\+?\\(?\\d[\\d\\s().-]{5,}\\d)");
    private static final Pattern PHONE_PLUS = Pattern.compile("(?<![\\w$€£])(\\+\\d[\\d\\s().-]{6,}\\d)");
    private static final Pattern COMPARISON = Pattern.compile("\\b(over|above|more\\s+than|greater\\s+than"
            + "|at\\s+least|under|below|less\\s+than|at\\s+most)\\s*$");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b)");
    private static final Pattern NAMED = Pattern.compile("\\b(?:named|called|titled|entitled|with\\s+(?:the\\s+)?"
            + "(?:full\\s+)?name(?:\\s+of)?|(?:whose|their|his|her|its)\\s+name\\s+is|(?:full\\s+)?name\\s*"
            + "(?:[:=]|is\\b))\\s*");
    private static final Pattern NAME_BEFORE_CAPITAL = Pattern.compile("\\bname\\s+(?=[A-Z\"'“‘])");
    private static final Pattern DESCRIPTION = Pattern.compile("\\b(?:(?:with|and)\\s+(?:the\\s+|a\\s+)?description"
            + "(?:\\s+of)?|description\\s*(?:[:=]|is\\b)|description(?=\\s*[\"'“‘])|described\\s+as|desc\\s*[:=]"
            + "|memo\\s*[:=]?|"
            + "(?:with\\s+(?:the\\s+|a\\s+)?)?note\\s*[:=]?)\\s*");
    private static final Pattern DESCRIPTION_END = Pattern.compile("[,;]\\s|\\s+(?:and|with|for|to)\\s+(?:(?:an?|"
            + "the)\\s+)?(?:email|e-mail|phone|name|metadata|currency|amount|price|limit)\\b|[.!?]?$");
    private static final Pattern TO_VALUE = Pattern.compile("\\bto\\s+");
    private static final Pattern FIELD = Pattern.compile(
            "\\b(rename[sd]?|name|description|desc|email|e-mail|phone)\\b");
    private static final Pattern LIMIT_BEFORE = Pattern.compile("\\b(?:last|first|top|latest|newest|oldest|recent"
            + "|most\\s+recent|up\\s+to|limit(?:ed)?(?:\\s+(?:to|of|at))?\\s*[:=]?|only|max(?:imum)?(?:\\s+of)?"
            + "|at\\s+most)\\s+(" + NumberWords.PATTERN + ")\\b");
    private static final Pattern LIMIT_AFTER = Pattern.compile("\\b(" + NumberWords.PATTERN
            + ")\\s+(?:most\\s+recent|latest|newest|recent|last|first)\\b");
    private static final Pattern LATEST = Pattern.compile("\\b(?:latest|newest|most\\s+recent|last)\\b");
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow\\s+many\\b|\\bcount\\b|\\ball\\b|\\bevery\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\b(?:quantity|qty)\\s*(?:of\\s+|[:=]\\s*|is\\s+)?"
            + "(\\d+)\\b|\\b(\\d+)\\s*(?:x\\b|units?\\b|seats?\\b|licen[cs]es?\\b|pieces?\\b|copies\\b)");


    private final OperationTable table;

    ArgumentExtractor(OperationTable table) {
        this.table = table;
    }

    RequestFacts extract(RequestText text) {
        RequestFacts facts = new RequestFacts();
        for (Matcher m = text.inMasked(URL); m.find(); ) {
            String url = m.group().replaceAll("[.,;:!?)\\]]+$", "");
            facts.urls.add(text.original(m.start(), m.start() + url.length()));
            text.mask(m.start(), m.start() + url.length());
        }
        findOriginal(text, EMAIL, m -> facts.emails.add(m.group()));
        maskAll(text, PREAMBLE);
        maskAll(text, NOISE);
        List<Phrases.Quote> quotes = Phrases.quotes(text);
        metadata(text, facts, quotes);
        events(text, facts);
        ids(text, facts);
        phone(text, facts);
        OptionFlags.read(text, facts);
        MoneyParser.parse(text).ifPresent(amount -> {
            facts.amount = amount.minor();
            facts.currency = amount.currency();
            facts.amountIsOff = amount.off();
            Matcher comparison = COMPARISON.matcher(text.lower().substring(0, amount.start()));
            if (comparison.find()) {
                String word = comparison.group(1);
                facts.amountComparator = word.startsWith("at least") ? ">=" : word.startsWith("at most") ? "<="
                        : word.matches("over|above|more.*|greater.*") ? ">" : "<";
                text.mask(comparison.start(1), comparison.end(1));
            }
        });
        text.firstUnmasked(PERCENT).ifPresent(m -> {
            facts.percentOff = new BigDecimal(m.group(1));
            text.mask(m.start(), m.end());
        });
        named(text, facts, quotes);
        description(text, facts, quotes);
        newValue(text, facts, quotes);
        explicitIds(text, facts);
        limit(text, facts);
        text.firstUnmasked(QUANTITY).ifPresent(m -> {
            facts.quantity = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            text.mask(m.start(), m.end());
        });
        for (Phrases.Quote q : quotes) {
            if (!text.overlapsMask(q.start(), q.end())) {
                facts.quoted = facts.quoted == null ? q.content() : facts.quoted;
                text.mask(q.start(), q.end());
            }
        }
        return facts;
    }

    // ---- values that need the resource mention (called by the planner once it knows the resource) ----

    /** "add customer alice smith, email ..." — the words right after the resource word, for a create. */
    Optional<String> nameAfter(RequestText text, int position, boolean allowLowercase, Predicate<String> vocabulary) {
        int start = position;
        while (start < text.length() && (" :".indexOf(text.original().charAt(start)) >= 0 || text.isMasked(start))) {
            start++; // "a customer in Stripe: Alice Smith" — the masked "in Stripe" is skipped too
        }
        if (start >= text.length()) {
            return Optional.empty();
        }
        if (!allowLowercase && !Character.isUpperCase(text.original().charAt(start))) {
            return Optional.empty();
        }
        return Phrases.nameWords(text, start, vocabulary).map(span -> {
            text.mask(span[0], span[1]);
            String name = text.original(span[0], span[1]);
            return allowLowercase && name.equals(name.toLowerCase(Locale.ROOT)) ? Phrases.titleCase(name) : name;
        });
    }

    /** "for Alice Smith" — a capitalised name after "for", for person-like resources. */
    Optional<String> nameAfterFor(RequestText text, Predicate<String> vocabulary) {
        Matcher m = text.inMasked(Pattern.compile("\\bfor\\s+"));
        while (m.find()) {
            int start = m.end();
            if (start < text.length() && Character.isUpperCase(text.original().charAt(start)) && !text.isMasked(start)) {
                Optional<int[]> span = Phrases.nameWords(text, start, vocabulary);
                if (span.isPresent()) {
                    text.mask(span.get()[0], span.get()[1]);
                    return Optional.of(text.original(span.get()[0], span.get()[1]));
                }
            }
        }
        return Optional.empty();
    }

    /** "coupon SUMMER25" — a code-looking token right after the resource word. */
    Optional<String> codeAfter(RequestText text, int position) {
        int start = text.skip(position, " :");
        Matcher m = Pattern.compile("[A-Za-z0-9][\\w-]{2,}").matcher(text.original());
        if (start < text.length() && m.find(start) && m.start() == start && !text.overlapsMask(m.start(), m.end())) {
            String token = m.group();
            if (token.matches(".*\\d.*") || token.equals(token.toUpperCase(Locale.ROOT))) {
                text.mask(m.start(), m.end());
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** "list 3 products" — a count right before the resource word. */
    Optional<Integer> countBefore(RequestText text, int position) {
        Matcher m = Pattern.compile("(" + NumberWords.PATTERN + ")\\s+(?:(?:new|recent|latest|newest|test|more)\\s+)*$")
                .matcher(text.masked().substring(0, position));
        if (m.find()) {
            text.mask(m.start(1), m.end(1));
            return NumberWords.parse(m.group(1));
        }
        return Optional.empty();
    }

    // ---- extraction steps ----



    private static void metadata(RequestText text, RequestFacts facts, List<Phrases.Quote> quotes) {
        Matcher m = text.inMasked(METADATA);
        while (m.find()) {
            Matcher pair = PAIR.matcher(text.original());
            int end = m.end();
            while (end < text.length() && pair.region(end, text.length()).lookingAt()) {
                String value = pair.group(2) != null ? pair.group(2)
                        : pair.group(3) != null ? pair.group(3) : pair.group(4).replaceAll("[.)!?]+$", "");
                facts.metadata.put(pair.group(1), value);
                end = pair.end();
            }
            if (end > m.end()) {
                text.mask(m.start(), end);
                int maskedEnd = end;
                quotes.removeIf(q -> q.start() < maskedEnd && m.start() < q.end());
            }
        }
    }

    private void events(RequestText text, RequestFacts facts) {
        Matcher m = text.inMasked(EVENT);
        while (m.find()) {
            String event = m.group(1);
            String head = event.substring(0, event.indexOf('.'));
            if (table.resource(event).isPresent()) {
                continue; // "checkout.session" names a resource, not an event
            }
            if (table.resource(head).isPresent() || Set.of("checkout", "issuing", "radar", "billing_portal",
                    "identity", "reporting", "terminal", "test_helpers").contains(head)) {
                facts.events.add(event);
                text.mask(m.start(), m.end());
            }
        }
    }

    private void ids(RequestText text, RequestFacts facts) {
        Matcher m = ID.matcher(text.original());
        while (m.find()) {
            String value = m.group(1);
            if (text.overlapsMask(m.start(), m.end())) {
                continue;
            }
            table.resourceForId(value).filter(r -> plausibleId(value, r.idPrefix())).ifPresent(r -> {
                facts.ids.add(new RequestFacts.FoundId(value, r, m.start()));
                text.mask(m.start(), m.end());
            });
        }
    }

    /** Short prefixes ("in", "pi") need a digit or capital after them, so "in_stock" is not an invoice id. */
    private static boolean plausibleId(String value, String prefix) {
        String rest = value.substring(prefix.length() + 1);
        return prefix.length() >= 3 || rest.matches(".*[0-9A-Z].*") || value.startsWith("pm_card_")
                || value.startsWith("tok_");
    }

    private static void explicitIds(RequestText text, RequestFacts facts) {
        text.firstUnmasked(CODE).filter(m -> idLike(text, m)).ifPresent(m -> {
            facts.code = text.original(m.start(1), m.end(1));
            text.mask(m.start(1), m.end(1)); // "promotion code" stays visible as the resource
        });
        text.firstUnmasked(EXPLICIT_ID).filter(m -> idLike(text, m)).ifPresent(m -> {
            facts.ids.add(new RequestFacts.FoundId(text.original(m.start(1), m.end(1)), null, m.start(1)));
            text.mask(m.start(), m.end());
        });
    }

    /** "id cus9", "code SAVE10" but not "its id and status": a digit, an underscore or a capital. */
    private static boolean idLike(RequestText text, Matcher m) {
        return text.original(m.start(1), m.end(1)).matches(".*[0-9_A-Z].*");
    }

    private static void phone(RequestText text, RequestFacts facts) {
        Optional<Matcher> found = text.firstUnmasked(PHONE_KEYED).or(() -> text.firstUnmasked(PHONE_PLUS));
        found.ifPresent(m -> {
            facts.phone = text.original(m.start(1), m.end(1)).strip();
            text.mask(m.start(), m.end());
        });
    }


    private static void named(RequestText text, RequestFacts facts, List<Phrases.Quote> quotes) {
        Optional<Matcher> keyword = text.firstUnmasked(NAMED);
        if (keyword.isEmpty()) {
            keyword = text.firstUnmasked(NAME_BEFORE_CAPITAL);
        }
        keyword.ifPresent(m -> Phrases.valueAt(text, quotes, m.end()).ifPresent(value -> {
            facts.name = value;
            text.mask(m.start(), m.end());
        }));
    }

    private static void description(RequestText text, RequestFacts facts, List<Phrases.Quote> quotes) {
        Matcher m = text.inMasked(DESCRIPTION);
        while (m.find()) {
            Optional<Phrases.Quote> quote = Phrases.quoteAt(text, quotes, m.end());
            if (quote.isPresent()) {
                facts.description = quote.get().content();
                text.mask(m.start(), quote.get().end());
                return;
            }
            int start = text.skip(m.end(), " ");
            if (start >= text.length() || text.isMasked(start) || text.lower().startsWith("to ", start)) {
                continue;
            }
            Matcher end = DESCRIPTION_END.matcher(text.lower());
            int stop = end.find(start) ? end.start() : text.length();
            for (int i = start; i < stop; i++) {
                if (text.isMasked(i)) {
                    stop = i;
                    break;
                }
            }
            String value = text.original(start, stop).strip();
            if (!value.isEmpty()) {
                facts.description = value;
                text.mask(m.start(), stop);
                return;
            }
        }
    }

    /** "rename ... to X", "change the description of prod_1 to 'Y'": the new value and its field. */
    private static void newValue(RequestText text, RequestFacts facts, List<Phrases.Quote> quotes) {
        Matcher to = text.inMasked(TO_VALUE);
        while (to.find()) {
            String field = null;
            Matcher f = FIELD.matcher(text.masked().substring(0, to.start()));
            while (f.find()) {
                field = f.group(1).startsWith("rename") ? "name" : f.group(1).replace("desc", "description")
                        .replace("descriptionription", "description").replace("e-mail", "email");
            }
            if (field == null || field.equals("email") || field.equals("phone")) {
                continue; // emails and phones are read by their own patterns
            }
            Optional<String> value = Phrases.valueAt(text, quotes, to.end());
            if (value.isPresent()) {
                facts.newValue = value.get();
                facts.newValueField = field;
                text.mask(to.start(), to.end());
                return;
            }
        }
    }

    private static void limit(RequestText text, RequestFacts facts) {
        Optional<Matcher> m = text.firstUnmasked(LIMIT_BEFORE).or(() -> text.firstUnmasked(LIMIT_AFTER));
        m.ifPresent(found -> {
            NumberWords.parse(found.group(1)).ifPresent(n -> setLimit(facts, n));
            text.mask(found.start(), found.end());
        });
        if (facts.limit == null) {
            text.firstUnmasked(HOW_MANY).ifPresent(found -> facts.countAll = true);
        }
        if (facts.limit == null) {
            text.firstUnmasked(LATEST).ifPresent(found -> facts.latest = true);
        }
    }

    static void setLimit(RequestFacts facts, int n) {
        if (n >= 1) {
            facts.limit = Math.min(n, 100); // Stripe's page size tops out at 100
            facts.limitCapped = n > 100;
        }
    }






    private static void findOriginal(RequestText text, Pattern pattern, Consumer<Matcher> use) {
        Matcher m = pattern.matcher(text.original());
        while (m.find()) {
            if (!text.overlapsMask(m.start(), m.end())) {
                use.accept(m);
                text.mask(m.start(), m.end());
            }
        }
    }

    private static void maskAll(RequestText text, Pattern pattern) {
        Matcher m = text.inMasked(pattern);
        while (m.find()) {
            text.mask(m.start(), m.end());
        }
    }
}
