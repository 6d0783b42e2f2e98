package io.agenticapi.local.model;

import java.time.Duration;

/**
 * A model call that did not give a usable turn, with what kind of failure it was: throttling and short outages
 * are retried (see {@link RetryPolicy}); a malformed answer or a refused call is not.
 */
public final class ModelException extends RuntimeException {
    public enum Kind {
        /** Rate or token quota exceeded (Bedrock ThrottlingException, HTTP 429). */
        THROTTLED,
        /** The service or model is briefly unavailable (HTTP 5xx, model loading). */
        UNAVAILABLE,
        /** The model answered, but with neither usable text nor a valid tool call. */
        MALFORMED_ANSWER,
        /** The call cannot succeed as configured: credentials, access, unknown model, bad request, no server. */
        FAILED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ModelException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static ModelException throttled(String message, Duration retryAfter) {
        return new ModelException(Kind.THROTTLED, message, retryAfter, null);
    }

    public static ModelException unavailable(String message, Throwable cause) {
        return new ModelException(Kind.UNAVAILABLE, message, null, cause);
    }

    public static ModelException malformed(String message) {
        return new ModelException(Kind.MALFORMED_ANSWER, message, null, null);
    }

    public static ModelException failed(String message, Throwable cause) {
        return new ModelException(Kind.FAILED, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind == Kind.THROTTLED || kind == Kind.UNAVAILABLE;
    }

    /** How long the server asked us to wait (Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
