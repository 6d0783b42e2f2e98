package io.agenticapi.sandbox;

/**
 * One static-policy finding.
 *
 * @param rule     e.g. "blocked-import", "blocked-call", "dunder-access", "file-write", "dynamic-attribute"
 * @param severity "error" blocks the code, "warning" does not
 * @param line     1-based line
 * @param column   1-based column
 * @param message  human-readable explanation
 * @param snippet  the offending source line, trimmed
 */
public record Finding(String rule, String severity, int line, int column, String message, String snippet) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public boolean blocking() {
        return ERROR.equals(severity);
    }
}
