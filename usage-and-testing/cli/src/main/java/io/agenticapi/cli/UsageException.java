package io.agenticapi.cli;

/** A mistake in how the CLI was called: printed without a stack trace, exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
