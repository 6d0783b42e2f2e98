package io.agenticapi.planner;

import java.util.regex.Pattern;

/**
 * Options said in passing: a test card ("with a visa test card"), manual capture ("capture it later"), a receipt,
 * a refund reason, a coupon duration, a billing interval ("per month"), active/archived, subscription mode.
 */
final class OptionFlags {

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

    private OptionFlags() {
    }

    static void read(RequestText text, RequestFacts facts) {
        text.firstUnmasked(TEST_CARD).ifPresent(m -> {
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
        text.firstUnmasked(MANUAL_CAPTURE).ifPresent(m -> {
            facts.manualCapture = true;
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(RECEIPT).ifPresent(m -> {
            facts.sendReceipt = true;
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(SUBSCRIPTION_MODE).ifPresent(m -> {
            facts.subscriptionMode = true;
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(CONFIRM_FLAG).ifPresent(m -> {
            facts.confirm = true;
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(REFUND_REASON).ifPresent(m -> {
            String reason = m.group(1);
            facts.refundReason = reason.startsWith("dup") ? "duplicate"
                    : reason.startsWith("fraud") ? "fraudulent" : "requested_by_customer";
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(DURATION).ifPresent(m -> {
            if (m.group(2) != null) {
                facts.couponDuration = "repeating";
                facts.durationInMonths = NumberWords.parse(m.group(2)).orElse(null);
            } else {
                facts.couponDuration = m.group(1).startsWith("one") ? "once" : m.group(1);
            }
            text.mask(m.start(), m.end());
        });
        text.firstUnmasked(INTERVAL).ifPresent(m -> {
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
        text.firstUnmasked(ACTIVE).ifPresent(m -> facts.active = switch (m.group(1)) {
            case "unarchive", "reactivate", "activate", "enable", "active" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        }); // not masked: "archive" is also the verb
    }
}
