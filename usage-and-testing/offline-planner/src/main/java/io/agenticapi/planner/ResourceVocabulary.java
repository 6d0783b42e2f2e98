package io.agenticapi.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names people use for Stripe resources. Most come from the table itself (object "payment_intent" → "payment
 * intent", "payment intents", "paymentintent"); a few everyday synonyms are added by hand ("client" for customer,
 * "discount" for coupon, "checkout" for a checkout session).
 */
final class ResourceVocabulary {

    /** A resource named in the request, with the word span it was named by. */
    record Mention(StripeResource resource, int start, int end, boolean plural, boolean possessive) {}

    private record Entry(StripeResource resource, boolean plural) {}

    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("customer", List.of("client", "buyer", "shopper", "customer account")),
            Map.entry("payment_intent", List.of("payment", "payment intent object")),
            Map.entry("coupon", List.of("discount", "discount coupon")),
            Map.entry("promotion_code", List.of("promo code", "promotion code", "discount code", "promo")),
            Map.entry("checkout.session", List.of("checkout", "checkout page", "hosted checkout", "checkout link")),
            Map.entry("payment_link", List.of("pay link")),
            Map.entry("payment_method", List.of("card", "saved card")),
            Map.entry("billing_portal.session", List.of("customer portal", "customer portal session",
                    "billing portal", "portal session")),
            Map.entry("topup", List.of("top up")),
            Map.entry("webhook_endpoint", List.of("webhook", "webhook url")),
            Map.entry("balance", List.of("account balance", "available balance", "funds")),
            Map.entry("balance_transaction", List.of("transaction", "balance history", "balance transaction")),
            Map.entry("invoiceitem", List.of("invoice item", "invoice line item")),
            Map.entry("dispute", List.of("chargeback")),
            Map.entry("price", List.of("price point")),
            Map.entry("account", List.of("connected account")),
            Map.entry("test_helpers.test_clock", List.of("test clock", "clock")),
            Map.entry("terminal.reader", List.of("reader", "card reader")),
            Map.entry("terminal.location", List.of("terminal location")),
            Map.entry("issuing.cardholder", List.of("cardholder")),
            Map.entry("identity.verification_session", List.of("verification session", "identity verification")),
            Map.entry("reporting.report_run", List.of("report run")),
            Map.entry("radar.value_list", List.of("value list")),
            Map.entry("radar.early_fraud_warning", List.of("early fraud warning", "fraud warning")),
            Map.entry("subscription_schedule", List.of("schedule")));

    /** Words that look like names but never are: "client" in "add client alice" is the resource. */
    private static final Set<String> ALSO_NOT_NAMES = Set.of("stripe", "test", "new", "record", "object", "entry");

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'s|s')?");

    private final Map<String, Entry> phrases = new HashMap<>();
    private final Set<String> words = new java.util.HashSet<>(ALSO_NOT_NAMES);
    private int longest;

    ResourceVocabulary(OperationTable table) {
        for (StripeResource r : table.resources()) {
            String object = r.object();
            String name = object.contains(".") ? object.substring(object.indexOf('.') + 1) : object;
            String namespace = object.contains(".") ? object.substring(0, object.indexOf('.')) : "";
            String spaced = name.replace('_', ' ');
            if (namespace.isEmpty()) {
                add(spaced, r);
                add(name.replace("_", ""), r);
                add(r.pythonClass().toLowerCase(java.util.Locale.ROOT), r);
            } else {
                add(namespace.replace('_', ' ') + " " + spaced, r);
            }
        }
        SYNONYMS.forEach((object, names) -> table.resource(object).ifPresent(r -> names.forEach(n -> add(n, r))));
    }

    private void add(String phrase, StripeResource resource) {
        phrases.put(phrase, new Entry(resource, false));
        phrases.put(plural(phrase), new Entry(resource, true));
        longest = Math.max(longest, phrase.split(" ").length);
        for (String word : phrase.split(" ")) {
            words.add(word);
            words.add(plural(word));
        }
    }

    private static String plural(String phrase) {
        if (phrase.endsWith("y") && !phrase.endsWith("ey") && !phrase.endsWith("ay")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
            return phrase + "es";
        }
        return phrase + "s";
    }

    /** Whether a lower-case word belongs to a resource name (so it cannot start or continue a person's name). */
    boolean isResourceWord(String word) {
        return words.contains(word);
    }

    /** Resource mentions in the (masked, lower-case) text, longest phrase first, left to right. */
    List<Mention> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Boolean> possessive = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace('_', ' ').replace('-', ' ').replace('.', ' '));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            String token = m.group();
            boolean owner = token.endsWith("'s") || token.endsWith("s'");
            tokens.add(owner ? token.substring(0, token.length() - 2) : token);
            possessive.add(owner);
            spans.add(new int[] {m.start(), m.end()});
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Entry entry = phrases.get(String.join(" ", tokens.subList(i, i + n)));
                if (entry != null) {
                    mentions.add(new Mention(entry.resource(), spans.get(i)[0], spans.get(i + n - 1)[1],
                            entry.plural(), possessive.get(i + n - 1)));
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return mentions;
    }
}
