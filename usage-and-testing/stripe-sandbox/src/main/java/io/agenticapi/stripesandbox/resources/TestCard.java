package io.agenticapi.stripesandbox.resources;

import io.agenticapi.stripesandbox.api.StripeError;
import java.util.List;
import java.util.Optional;

/**
 * Stripe's test cards: the magic PaymentMethod ids ({@code pm_card_visa}), token ids ({@code tok_visa}) and card
 * numbers ({@code 4242424242424242}) and what happens when they are charged.
 */
public record TestCard(String name, String number, String brand, String funding, Outcome outcome) {

    public enum Outcome { SUCCEEDS, GENERIC_DECLINE, INSUFFICIENT_FUNDS, LOST_CARD, STOLEN_CARD, EXPIRED_CARD,
        INCORRECT_CVC, PROCESSING_ERROR, FRAUDULENT, REQUIRES_AUTHENTICATION }

    private static final List<TestCard> CARDS = List.of(
            new TestCard("visa", "4242424242424242", "visa", "credit", Outcome.SUCCEEDS),
            new TestCard("visa_debit", "4000056655665556", "visa", "debit", Outcome.SUCCEEDS),
            new TestCard("us", "4000000000000077", "visa", "credit", Outcome.SUCCEEDS),
            new TestCard("mastercard", "5555555555554444", "mastercard", "credit", Outcome.SUCCEEDS),
            new TestCard("mastercard_debit", "5200828282828210", "mastercard", "debit", Outcome.SUCCEEDS),
            new TestCard("amex", "378282246310005", "amex", "credit", Outcome.SUCCEEDS),
            new TestCard("discover", "6011111111111117", "discover", "credit", Outcome.SUCCEEDS),
            new TestCard("chargeCustomerFail", "4000000000000341", "visa", "credit", Outcome.GENERIC_DECLINE),
            new TestCard("chargeDeclined", "4000000000000002", "visa", "credit", Outcome.GENERIC_DECLINE),
            new TestCard("chargeDeclinedInsufficientFunds", "4000000000009995", "visa", "credit",
                    Outcome.INSUFFICIENT_FUNDS),
            new TestCard("insufficientFunds", "4000000000009995", "visa", "credit", Outcome.INSUFFICIENT_FUNDS),
            new TestCard("chargeDeclinedLostCard", "4000000000009987", "visa", "credit", Outcome.LOST_CARD),
            new TestCard("chargeDeclinedStolenCard", "4000000000009979", "visa", "credit", Outcome.STOLEN_CARD),
            new TestCard("chargeDeclinedExpiredCard", "4000000000000069", "visa", "credit", Outcome.EXPIRED_CARD),
            new TestCard("chargeDeclinedIncorrectCvc", "4000000000000127", "visa", "credit", Outcome.INCORRECT_CVC),
            new TestCard("chargeDeclinedProcessingError", "4000000000000119", "visa", "credit",
                    Outcome.PROCESSING_ERROR),
            new TestCard("chargeDeclinedFraudulent", "4100000000000019", "visa", "credit", Outcome.FRAUDULENT),
            new TestCard("authenticationRequired", "4000002500003155", "visa", "credit",
                    Outcome.REQUIRES_AUTHENTICATION),
            new TestCard("threeDSecure2Required", "4000000000003220", "visa", "credit",
                    Outcome.REQUIRES_AUTHENTICATION));

    public String last4() {
        return number.substring(number.length() - 4);
    }

    /** {@code pm_card_visa}, {@code pm_card_chargeDeclined}, ... */
    public static Optional<TestCard> byPaymentMethodId(String id) {
        return id != null && id.startsWith("pm_card_") ? byName(id.substring("pm_card_".length())) : Optional.empty();
    }

    /** {@code tok_visa}, {@code tok_chargeDeclined}, ... */
    public static Optional<TestCard> byTokenId(String id) {
        return id != null && id.startsWith("tok_") ? byName(id.substring("tok_".length())) : Optional.empty();
    }

    private static Optional<TestCard> byName(String name) {
        return CARDS.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The behaviour of a card the sandbox stored earlier, recognised by its last four digits. */
    public static TestCard byLast4(String brand, String last4) {
        for (TestCard card : CARDS) {
            if (card.last4().equals(last4)) {
                return card;
            }
        }
        return new TestCard("card", "424242424242" + last4, brand == null ? "visa" : brand, "credit",
                Outcome.SUCCEEDS);
    }

    /**
     * The card a raw number stands for. Known test numbers behave as documented; any other number that passes
     * the Luhn check is a successful card of its brand; others are refused like Stripe does.
     */
    public static TestCard byNumber(String rawNumber) {
        String number = rawNumber.replace(" ", "").replace("-", "");
        for (TestCard card : CARDS) {
            if (card.number().equals(number)) {
                return card;
            }
        }
        if (!number.matches("\\d{12,19}") || !luhn(number)) {
            throw StripeError.card("incorrect_number", null, "Your card number is incorrect.", "number");
        }
        return new TestCard("card", number, brandOf(number), "credit", Outcome.SUCCEEDS);
    }

    private static String brandOf(String number) {
        if (number.startsWith("4")) {
            return "visa";
        }
        if (number.startsWith("34") || number.startsWith("37")) {
            return "amex";
        }
        if (number.startsWith("5") || number.startsWith("2")) {
            return "mastercard";
        }
        if (number.startsWith("6")) {
            return "discover";
        }
        return "unknown";
    }

    private static boolean luhn(String number) {
        int sum = 0;
        boolean alternate = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (alternate) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            alternate = !alternate;
        }
        return sum % 10 == 0;
    }

    /** The card error charging this card raises, or null when the charge goes through. */
    public StripeError declineError() {
        return switch (outcome) {
            case SUCCEEDS, REQUIRES_AUTHENTICATION -> null;
            case GENERIC_DECLINE -> StripeError.card("card_declined", "generic_decline", "Your card was declined.",
                    null);
            case INSUFFICIENT_FUNDS -> StripeError.card("card_declined", "insufficient_funds",
                    "Your card has insufficient funds.", null);
            case LOST_CARD -> StripeError.card("card_declined", "lost_card", "Your card was declined.", null);
            case STOLEN_CARD -> StripeError.card("card_declined", "stolen_card", "Your card was declined.", null);
            case EXPIRED_CARD -> StripeError.card("expired_card", "expired_card", "Your card has expired.",
                    "exp_month");
            case INCORRECT_CVC -> StripeError.card("incorrect_cvc", "incorrect_cvc",
                    "Your card's security code is incorrect.", "cvc");
            case PROCESSING_ERROR -> StripeError.card("processing_error", "processing_error",
                    "An error occurred while processing your card. Try again in a little bit.", null);
            case FRAUDULENT -> StripeError.card("card_declined", "fraudulent", "Your card was declined.", null);
        };
    }

    /** Stripe checks a card when it is saved: outright declines fail there already. */
    public boolean declinesWhenSaved() {
        return declineError() != null && outcome != Outcome.INSUFFICIENT_FUNDS && !name.equals("chargeCustomerFail");
    }
}
