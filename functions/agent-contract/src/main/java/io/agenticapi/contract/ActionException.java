package io.agenticapi.contract;

/**
 * Thrown by an action handler to answer with a 4xx/5xx status and a JSON error {error, message}.
 * The router turns it into an envelope; it never reaches the Lambda runtime.
 */
public class ActionException extends RuntimeException {
    private final int status;
    private final String error;

    public ActionException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ActionException badRequest(String message) {
        return new ActionException(400, "bad_request", message);
    }

    public static ActionException notFound(String message) {
        return new ActionException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
