package io.agenticapi.stripesandbox.http;

import io.agenticapi.stripesandbox.api.StripeError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Stripe's authentication, offline: {@code Authorization: Bearer sk_test_...} or Basic with the key as user.
 * Only test-mode secret keys are accepted; live keys are refused so they are never used by accident.
 */
public final class ApiKeyCheck {

    static final String MISSING = "You did not provide an API key. You need to provide your API key in the "
            + "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
            + "https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

    private ApiKeyCheck() {
    }

    /** The API key of a request, or a 401 {@link StripeError}. */
    public static String apiKey(String authorization) {
        String key = extract(authorization);
        if (key == null || key.isBlank()) {
            throw StripeError.authentication(MISSING);
        }
        if (key.startsWith("sk_test_") && key.length() > "sk_test_".length()) {
            return key;
        }
        if (key.startsWith("sk_live_") || key.startsWith("rk_live_")) {
            throw StripeError.authentication("This offline Stripe sandbox only accepts test mode secret keys "
                    + "(sk_test_...). You provided a live mode key (" + redact(key) + "): live keys are refused "
                    + "here, never send them to a test server.");
        }
        throw StripeError.authentication("Invalid API Key provided: " + redact(key) + ". This offline Stripe "
                + "sandbox only accepts test mode secret keys (sk_test_...).");
    }

    private static String extract(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = value.substring(0, space);
        String credentials = value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return credentials;
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** sk_live_abcdef123456 → sk_live_********3456: enough to recognise a key, not to use it. */
    static String redact(String key) {
        int prefixEnd = key.indexOf('_', key.indexOf('_') + 1) + 1;
        if (prefixEnd <= 0 || key.length() <= prefixEnd + 4) {
            return key.length() <= 4 ? "****" : key.substring(0, Math.min(3, key.length())) + "****";
        }
        return key.substring(0, prefixEnd) + "*".repeat(Math.max(4, key.length() - prefixEnd - 4))
                + key.substring(key.length() - 4);
    }
}
