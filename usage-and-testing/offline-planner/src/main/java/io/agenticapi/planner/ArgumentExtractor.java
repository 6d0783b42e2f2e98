package io.agenticapi.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    private static final List<Pattern> QUOTES = List.of(
            Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\""), Pattern.compile("“([^”]*)”"),
            Pattern.compile("‘([^’]*)’"), Pattern.compile("«([^»]*)»"),
            Pattern.compile("(?<![\\p{L}\\p{N}])'(.+?)'(?![\\p{L}\\p{N}])"));
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
    private static final Pattern TEST_CARD = Pattern.compile("\\b(?:(?:a|the)\\s+)?(?:test\\s+)?(visa|mastercard"
            + "|master\\s+card|amex|american\\s+express|discover|declin(?:ed|ing))\\s+(?:test\\s+)?card\\b"
            + "|\\b(?:(?:a|the)\\s+)?test\\s+card\\b|\\bcard\\s+that\\s+(?:is\\s+)?declin\\w*");
    private static final Pattern MANUAL_CAPTURE = Pattern.compile("\\b(?:capture\\s+(?:it\\s+|the\\s+funds\\s+|"
            + "the\\s+payment\\s+)?later|manual(?:ly)?\\s+capture|capture[_\\s]method\\s*[=:]?\\s*manual|"
            + "authori[sz]e\\s+only|only\\s+authori[sz]e|(?:place\\s+a\\s+)?hold\\s+(?:on\\s+)?the\\s+funds|"
            + "without\\s+capturing|don'?t\\s+capture(?:\\s+it)?)\\b");
    private static final Pattern RECEIPT = Pattern.compile(
            "\\b(?:and\\s+)?(?:send|email|e-mail)\\s+(?:a\\s+|the\\s+)?receipt(?:\\s+to)?\\b");
    private static final Pattern SUBSCRIPTION_MODE = Pattern.compile(
            "\\bin\\s+subscription\\s+mode\\b|\\bsubscription\\s+mode\\b|\\bmode\\s*[:=]?\\s*subscription\\b|\\brecurring\\b");
    private static final Pattern CONFIRM_FLAG = Pattern.compile("\\bconfirm\\s*[=:]\\s*true\\b|\\bconfirmed\\b");
    private static final Pattern REFUND_REASON = Pattern.compile("\\b(?:as\\s+(?:a\\s+)?|because\\s+(?:of\\s+)?"
            + "(?:it\\s+was\\s+|it'?s\\s+)?(?:a\\s+)?|reason\\s*[:=]?\\s*|for\\s+)?(duplicate|fraud(?:ulent)?|"
            + "requested\\s+by\\s+(?:the\\s+)?customer|customer\\s+request(?:ed)?)\\b");
    private static final Pattern DURATION = Pattern.compile("\\b(forever|once|one[\\s-]time|repeating)\\b"
            + "|\\bfor\\s+(" + NumberWords.PATTERN + ")\\s+months?\\b");
    private static final Pattern INTERVAL = Pattern.compile("(?:/\\s*|\\bper\\s+|\\ba\\s+|\\beach\\s+|\\bevery\\s+)"
            + "(day|week|month|year)\\b|\\b(daily|weekly|monthly|yearly|annually|annual)\\b");
    private static final Pattern ACTIVE = Pattern.compile(
            "\\b(unarchive|reactivate|activate|enable|active|archive|archived|deactivate|disable|inactive)\\b");
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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

    /** Words that end a name: "Alice Smith with email ..." stops at "with". */
    private static final Set<String> NAME_STOP = Set.of("with", "and", "whose", "who", "that", "which", "email",
            "e-mail", "mail", "phone", "for", "to", "in", "on", "at", "using", "via", "from", "description",
            "metadata", "currency", "amount", "costing", "cost", "costs", "priced", "price", "of", "as", "plus",
            "then", "please", "by", "into", "under", "having", "has", "id", "limit", "per", "each", "monthly",
            "yearly", "weekly", "daily", "now", "today", "also", "but", "or", "so", "if", "where", "when", "it",
            "them", "him", "her", "is", "are", "was", "be", "the", "a", "an", "i", "me", "my", "our", "this",
            "would", "should", "could", "can", "will", "want", "need", "like", "thanks", "thank", "test");

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
        List<Quote> quotes = quotes(text);
        metadata(text, facts, quotes);
        events(text, facts);
        ids(text, facts);
        phone(text, facts);
        flags(text, facts);
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
        firstMatch(text, PERCENT).ifPresent(m -> {
            facts.percentOff = new BigDecimal(m.group(1));
            text.mask(m.start(), m.end());
        });
        named(text, facts, quotes);
        description(text, facts, quotes);
        newValue(text, facts, quotes);
        explicitIds(text, facts);
        limit(text, facts);
        firstMatch(text, QUANTITY).ifPresent(m -> {
            facts.quantity = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            text.mask(m.start(), m.end());
        });
        for (Quote q : quotes) {
            if (!text.overlapsMask(q.start, q.end)) {
                facts.quoted = facts.quoted == null ? q.content : facts.quoted;
                text.mask(q.start, q.end);
            }
        }
        return facts;
    }

    // ---- values that need the resource mention (called by the planner once it knows the resource) ----

    /** "add customer alice smith, email ..." — the words right after the resource word, for a create. */
    Optional<String> nameAfter(RequestText text, int position, boolean allowLowercase, Predicate<String> vocabulary) {
        int start = skip(text, position, " :");
        if (start >= text.length()) {
            return Optional.empty();
        }
        if (!allowLowercase && !Character.isUpperCase(text.original().charAt(start))) {
            return Optional.empty();
        }
        return nameWords(text, start, vocabulary).map(span -> {
            text.mask(span[0], span[1]);
            String name = text.original(span[0], span[1]);
            return allowLowercase && name.equals(name.toLowerCase(Locale.ROOT)) ? titleCase(name) : name;
        });
    }

    /** "for Alice Smith" — a capitalised name after "for", for person-like resources. */
    Optional<String> nameAfterFor(RequestText text, Predicate<String> vocabulary) {
        Matcher m = text.inMasked(Pattern.compile("\\bfor\\s+"));
        while (m.find()) {
            int start = m.end();
            if (start < text.length() && Character.isUpperCase(text.original().charAt(start)) && !text.isMasked(start)) {
                Optional<int[]> span = nameWords(text, start, vocabulary);
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
        int start = skip(text, position, " :");
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

    private record Quote(int start, int end, String content) {}

    /** Quoted spans, outermost first: in 'He said "hi"' the single quotes win over the inner double ones. */
    private static List<Quote> quotes(RequestText text) {
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
        found.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : found) {
            boolean overlaps = quotes.stream().anyMatch(o -> o.start < q.end && q.start < o.end);
            if (!overlaps && !text.overlapsMask(q.start, q.end)) {
                quotes.add(q);
            }
        }
        return quotes;
    }

    private static Optional<Quote> quoteAt(RequestText text, List<Quote> quotes, int position) {
        int start = skip(text, position, " ");
        return quotes.stream().filter(q -> q.start == start && !text.overlapsMask(q.start, q.end)).findFirst();
    }

    private static void metadata(RequestText text, RequestFacts facts, List<Quote> quotes) {
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
                quotes.removeIf(q -> q.start < maskedEnd && m.start() < q.end);
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
        firstMatch(text, CODE).ifPresent(m -> {
            facts.code = text.original(m.start(1), m.end(1));
            text.mask(m.start(1), m.end(1)); // "promotion code" stays visible as the resource
        });
        firstMatch(text, EXPLICIT_ID).ifPresent(m -> {
            facts.ids.add(new RequestFacts.FoundId(text.original(m.start(1), m.end(1)), null, m.start(1)));
            text.mask(m.start(), m.end());
        });
    }

    private static void phone(RequestText text, RequestFacts facts) {
        Optional<Matcher> found = firstMatch(text, PHONE_KEYED).or(() -> firstMatch(text, PHONE_PLUS));
        found.ifPresent(m -> {
            facts.phone = text.original(m.start(1), m.end(1)).strip();
            text.mask(m.start(), m.end());
        });
    }

    private static void flags(RequestText text, RequestFacts facts) {
        firstMatch(text, TEST_CARD).ifPresent(m -> {
            String brand = m.group(1) == null ? "visa" : m.group(1).replaceAll("\\s+", " ");
            facts.paymentMethodToken = switch (brand) {
                case "mastercard", "master card" -> "pm_card_mastercard";
                case "amex", "american express" -> "pm_card_amex";
                case "discover" -> "pm_card_discover";
                case "visa" -> "pm_card_visa";
                default -> "pm_card_chargeDeclined";
            };
            if (m.group().contains("declin")) {
                facts.paymentMethodToken = "pm_card_chargeDeclined";
            }
            text.mask(m.start(), m.end());
        });
        firstMatch(text, MANUAL_CAPTURE).ifPresent(m -> {
            facts.manualCapture = true;
            text.mask(m.start(), m.end());
        });
        firstMatch(text, RECEIPT).ifPresent(m -> {
            facts.sendReceipt = true;
            text.mask(m.start(), m.end());
        });
        firstMatch(text, SUBSCRIPTION_MODE).ifPresent(m -> {
            facts.subscriptionMode = true;
            text.mask(m.start(), m.end());
        });
        firstMatch(text, CONFIRM_FLAG).ifPresent(m -> {
            facts.confirm = true;
            text.mask(m.start(), m.end());
        });
        firstMatch(text, REFUND_REASON).ifPresent(m -> {
            String reason = m.group(1);
            facts.refundReason = reason.startsWith("dup") ? "duplicate"
                    : reason.startsWith("fraud") ? "fraudulent" : "requested_by_customer";
            text.mask(m.start(), m.end());
        });
        firstMatch(text, DURATION).ifPresent(m -> {
            if (m.group(2) != null) {
                facts.couponDuration = "repeating";
                facts.durationInMonths = NumberWords.parse(m.group(2)).orElse(null);
            } else {
                facts.couponDuration = m.group(1).startsWith("one") ? "once" : m.group(1);
            }
            text.mask(m.start(), m.end());
        });
        firstMatch(text, INTERVAL).ifPresent(m -> {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            facts.interval = switch (word) {
                case "daily" -> "day";
                case "weekly" -> "week";
                case "monthly" -> "month";
                case "yearly", "annually", "annual" -> "year";
                default -> word;
            };
            text.mask(m.start(), m.end());
        });
        firstMatch(text, ACTIVE).ifPresent(m -> facts.active = switch (m.group(1)) {
            case "unarchive", "reactivate", "activate", "enable", "active" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        }); // not masked: "archive" is also the verb
    }

    private static void named(RequestText text, RequestFacts facts, List<Quote> quotes) {
        Optional<Matcher> keyword = firstMatch(text, NAMED);
        if (keyword.isEmpty()) {
            keyword = firstMatch(text, NAME_BEFORE_CAPITAL);
        }
        keyword.ifPresent(m -> valueAt(text, quotes, m.end()).ifPresent(value -> {
            facts.name = value;
            text.mask(m.start(), m.end());
        }));
    }

    private static void description(RequestText text, RequestFacts facts, List<Quote> quotes) {
        Matcher m = text.inMasked(DESCRIPTION);
        while (m.find()) {
            Optional<Quote> quote = quoteAt(text, quotes, m.end());
            if (quote.isPresent()) {
                facts.description = quote.get().content;
                text.mask(m.start(), quote.get().end);
                return;
            }
            int start = skip(text, m.end(), " ");
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
    private static void newValue(RequestText text, RequestFacts facts, List<Quote> quotes) {
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
            Optional<String> value = valueAt(text, quotes, to.end());
            if (value.isPresent()) {
                facts.newValue = value.get();
                facts.newValueField = field;
                text.mask(to.start(), to.end());
                return;
            }
        }
    }

    private static void limit(RequestText text, RequestFacts facts) {
        Optional<Matcher> m = firstMatch(text, LIMIT_BEFORE).or(() -> firstMatch(text, LIMIT_AFTER));
        m.ifPresent(found -> {
            NumberWords.parse(found.group(1)).ifPresent(n -> setLimit(facts, n));
            text.mask(found.start(), found.end());
        });
        if (facts.limit == null) {
            firstMatch(text, HOW_MANY).ifPresent(found -> facts.countAll = true);
        }
        if (facts.limit == null) {
            firstMatch(text, LATEST).ifPresent(found -> facts.latest = true);
        }
    }

    static void setLimit(RequestFacts facts, int n) {
        if (n >= 1) {
            facts.limit = Math.min(n, 100); // Stripe's page size tops out at 100
            facts.limitCapped = n > 100;
        }
    }

    /** A quoted value or name-like words starting at {@code position}; masks what it takes. */
    private static Optional<String> valueAt(RequestText text, List<Quote> quotes, int position) {
        Optional<Quote> quote = quoteAt(text, quotes, position);
        if (quote.isPresent()) {
            text.mask(quote.get().start, quote.get().end);
            return Optional.of(quote.get().content);
        }
        return nameWords(text, skip(text, position, " "), w -> false).map(span -> {
            text.mask(span[0], span[1]);
            return text.original(span[0], span[1]);
        });
    }

    /** The span of up to six name words starting at {@code start}, ending at punctuation, a stop word or a value. */
    private static Optional<int[]> nameWords(RequestText text, int start, Predicate<String> vocabulary) {
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

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static int skip(RequestText text, int position, String chars) {
        int p = position;
        while (p < text.length() && chars.indexOf(text.original().charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    private static Optional<Matcher> firstMatch(RequestText text, Pattern pattern) {
        Matcher m = text.inMasked(pattern);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (!text.overlapsMask(m.start(), m.end())) {
                return Optional.of(m);
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static void findOriginal(RequestText text, Pattern pattern, java.util.function.Consumer<Matcher> use) {
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
