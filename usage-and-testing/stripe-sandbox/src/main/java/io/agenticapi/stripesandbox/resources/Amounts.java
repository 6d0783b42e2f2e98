package io.agenticapi.stripesandbox.resources;

import io.agenticapi.stripesandbox.api.StripeError;
import java.util.Locale;
import java.util.Map;

/** Stripe's rules for amounts charged: positive integers in the smallest unit, above a per-currency minimum. */
final class Amounts {

    /** Minimum charge amounts for common currencies (smallest unit), from Stripe's documentation. */
    private static final Map<String, Long> MINIMUMS = Map.of("usd", 50L, "eur", 50L, "gbp", 30L, "cad", 50L,
            "aud", 50L, "chf", 50L, "jpy", 50L, "sek", 300L, "nok", 300L, "dkk", 250L);

    private Amounts() {
    }

    static void check(long amount, String currency, String param) {
        if (amount < 1) {
            throw StripeError.invalidRequest("parameter_invalid_integer",
                    "This value must be greater than or equal to 1.", param);
        }
        Long minimum = currency == null ? null : MINIMUMS.get(currency);
        if (minimum != null && amount < minimum) {
            String shown = currency.equals("jpy") ? String.valueOf(minimum)
                    : (currency.equals("usd") ? "$" : "")
                            + String.format(Locale.ROOT, "%.2f", minimum / 100.0);
            throw StripeError.invalidRequest("amount_too_small", "Amount must be at least " + shown + " " + currency,
                    param);
        }
    }
}
