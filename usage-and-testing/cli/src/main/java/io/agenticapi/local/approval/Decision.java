package io.agenticapi.local.approval;

/**
 * The answer to an {@link ApprovalRequest}. A refusal carries the error kind the agent sees (write_refused when
 * someone or the mode said no, approval_required when nobody could be asked) and a message saying what to do.
 */
public record Decision(boolean approved, String error, String message) {
    public static final String WRITE_REFUSED = "write_refused";
    public static final String APPROVAL_REQUIRED = "approval_required";

    public static Decision approve() {
        return new Decision(true, null, null);
    }

    public static Decision refuse(String error, String message) {
        return new Decision(false, error, message);
    }
}
