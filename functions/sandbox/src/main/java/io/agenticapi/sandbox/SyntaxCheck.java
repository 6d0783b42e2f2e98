package io.agenticapi.sandbox;

/**
 * Result of parsing Python source with GraalPy's own {@code ast.parse}.
 *
 * @param valid   true when the source parses
 * @param message the SyntaxError message (null when valid)
 * @param line    1-based line of the error (null when valid or unknown)
 * @param column  1-based column of the error (null when valid or unknown)
 */
public record SyntaxCheck(boolean valid, String message, Integer line, Integer column) {

    public static SyntaxCheck ok() {
        return new SyntaxCheck(true, null, null, null);
    }

    public static SyntaxCheck error(String message, Integer line, Integer column) {
        return new SyntaxCheck(false, message, line, column);
    }
}
