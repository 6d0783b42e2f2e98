package io.agenticapi.sandbox;

/**
 * Why a run failed.
 *
 * @param type    e.g. "ZeroDivisionError", "stripe.error.InvalidRequestError", "SystemExit", "Timeout"
 * @param message the exception message (redacted)
 * @param line    1-based line in the user's code (null when unknown)
 */
public record ErrorInfo(String type, String message, Integer line) {
}
