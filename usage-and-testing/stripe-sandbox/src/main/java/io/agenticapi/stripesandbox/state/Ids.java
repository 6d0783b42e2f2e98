package io.agenticapi.stripesandbox.state;

import java.util.concurrent.ThreadLocalRandom;

/** Stripe-looking random ids: a prefix and base-62 characters. */
public final class Ids {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Ids() {
    }

    public static String random(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** e.g. {@code id("pi_", 24)} → {@code pi_3Qx...}. */
    public static String id(String prefix, int length) {
        return prefix + random(length);
    }

    public static String requestId() {
        return id("req_", 14);
    }
}
