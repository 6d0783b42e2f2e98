package io.agenticapi.stripesandbox.http;

import io.agenticapi.stripesandbox.api.StripeError;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stripe's idempotent requests: a POST with an {@code Idempotency-Key} seen before with the same parameters gets
 * the first answer again; with other parameters a 400 idempotency_error; while the first is still running a 409.
 */
final class IdempotencyCache {

    /** A finished answer as it was sent. */
    record Answer(int status, byte[] body, String requestId) {
    }

    static final class Slot {
        private final String fingerprint;
        private final CompletableFuture<Answer> answer = new CompletableFuture<>();

        Slot(String fingerprint) {
            this.fingerprint = fingerprint;
        }
    }

    /** What to do with a request: run it (and {@link #finish} the slot), or replay an earlier answer. */
    sealed interface Decision {
        record Run(Slot slot) implements Decision {
        }

        record Replay(Answer answer) implements Decision {
        }
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    Decision begin(String apiKey, String idempotencyKey, String fingerprint) {
        if (idempotencyKey.length() > 255) {
            throw StripeError.invalidRequest("Idempotency keys can be at most 255 characters long.", null);
        }
        Slot fresh = new Slot(fingerprint);
        Slot existing = slots.putIfAbsent(scope(apiKey, idempotencyKey), fresh);
        if (existing == null) {
            return new Decision.Run(fresh);
        }
        if (!existing.fingerprint.equals(fingerprint)) {
            throw new StripeError(400, StripeError.IDEMPOTENCY_ERROR, null, "Keys for idempotent requests can only "
                    + "be used with the same parameters they were first used with. Try using a key other than '"
                    + idempotencyKey + "' if you meant to execute a different request.", null, null);
        }
        if (!existing.answer.isDone()) {
            throw new StripeError(409, StripeError.IDEMPOTENCY_ERROR, null, "There is currently another in-progress "
                    + "request using this Idempotent Key (that probably means you submitted twice, and the other "
                    + "request is still going through): " + idempotencyKey + ". Please try again later.", null, null);
        }
        return new Decision.Replay(existing.answer.join());
    }

    /** Records the answer; answers that must not be replayed (validation errors, crashes) free the key again. */
    void finish(String apiKey, String idempotencyKey, Slot slot, Answer answer, boolean keep) {
        if (!keep) {
            slots.remove(scope(apiKey, idempotencyKey), slot);
        }
        slot.answer.complete(answer);
    }

    void clear() {
        slots.clear();
    }

    private static String scope(String apiKey, String idempotencyKey) {
        return apiKey + '\n' + idempotencyKey;
    }
}
