package io.agenticapi.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text with {@value #MASK}: each secret as-is, URL-encoded, and base64-encoded (alone and in the
 * "key:" form HTTP Basic auth uses), plus anything shaped like a live Stripe key.
 */
public final class SecretRedactor {

    public static final String MASK = "[REDACTED]";

    /** Secrets shorter than this are ignored: masking "ab" everywhere would destroy the text. */
    private static final int MIN_SECRET_LENGTH = 6;
    private static final Pattern LIVE_STRIPE_KEY = Pattern.compile("\\b(?:sk|rk)_live_[A-Za-z0-9]{8,}");

    private final List<String> needles;

    public SecretRedactor(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        if (secrets != null) {
            for (String secret : secrets) {
                if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
                    continue;
                }
                forms.add(secret);
                forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
                forms.add(base64(secret));
                forms.add(base64(secret + ":"));
                forms.add(stripPadding(base64(secret)));
                forms.add(stripPadding(base64(secret + ":")));
            }
        }
        List<String> sorted = new ArrayList<>(forms);
        // longest first so a longer encoding is masked before a shorter one that it contains
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.needles = List.copyOf(sorted);
    }

    public static SecretRedactor none() {
        return new SecretRedactor(List.of());
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String needle : needles) {
            if (result.contains(needle)) {
                result = result.replace(needle, MASK);
            }
        }
        return LIVE_STRIPE_KEY.matcher(result).replaceAll(MASK);
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripPadding(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        return value.substring(0, end);
    }
}
