package io.agenticapi.local.model;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How model calls are retried when the service throttles or is briefly unavailable: at most maxAttempts calls,
 * waiting firstDelay, then twice as long each time (or what the server asked for), never more than maxDelay.
 * A model call has no side effects, so retrying it is always safe.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper,
                          Listener listener) {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = Thread::sleep;

        void sleep(Duration duration) throws InterruptedException;
    }

    /** Hears about each retry before its wait (the CLI prints it). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (model, failedAttempt, maxAttempts, wait, reason) -> {
        };

        void onRetry(String model, int failedAttempt, int maxAttempts, Duration wait, String reason);
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(listener, "listener");
    }

    /** Four calls, waiting 2, 4 and 8 seconds (at most 30 s each). */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(30), Sleeper.REAL, Listener.NONE);
    }

    public RetryPolicy withSleeper(Sleeper value) {
        return new RetryPolicy(maxAttempts, firstDelay, maxDelay, value, listener);
    }

    public RetryPolicy withListener(Listener value) {
        return new RetryPolicy(maxAttempts, firstDelay, maxDelay, sleeper, value);
    }

    /** The wait after the given failed attempt (1-based); a server's Retry-After wins when it is longer. */
    public Duration delayAfter(int attempt, Duration serverHint) {
        Duration backoff = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration wait = serverHint != null && serverHint.compareTo(backoff) > 0 ? serverHint : backoff;
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    /** Runs one model call, retrying retryable {@link ModelException}s. */
    public <T> T call(String model, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (ModelException e) {
                if (!e.retryable()) {
                    throw e;
                }
                if (n >= maxAttempts) {
                    throw new ModelException(e.kind(), e.getMessage() + (n > 1 ? " (gave up after " + n
                            + " attempts)" : ""), e.retryAfter(), e);
                }
                Duration wait = delayAfter(n, e.retryAfter());
                listener.onRetry(model, n, maxAttempts, wait, e.getMessage());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw ModelException.failed("interrupted while waiting to retry " + model, interrupted);
                }
            }
        }
    }
}
