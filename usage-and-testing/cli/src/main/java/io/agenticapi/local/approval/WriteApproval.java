package io.agenticapi.local.approval;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Decides whether code that writes through the API may run: {@code --approve ask|auto|never-write}. When nobody
 * can be asked (no terminal) and writes were not allowed up front, writes are refused.
 */
@FunctionalInterface
public interface WriteApproval {
    String MODES = "ask, auto, never-write";

    Decision decide(ApprovalRequest request);

    /** --approve auto: every write runs (unattended runs, tests). */
    static WriteApproval auto() {
        return request -> Decision.approve();
    }

    /** --approve never-write: code that writes never runs; reads still do. */
    static WriteApproval neverWrite() {
        return request -> Decision.refuse(Decision.WRITE_REFUSED, request.what() + " was not run: it writes through "
                + "the API (" + request.writesInline() + ") and this run allows no writes (--approve never-write). "
                + "Nothing was executed; do not retry, report this to the user.");
    }

    /** ask, but there is no terminal to ask on: refuse and say how to allow writes. */
    static WriteApproval nobodyToAsk() {
        return request -> Decision.refuse(Decision.APPROVAL_REQUIRED, request.what() + " was not run: it writes "
                + "through the API (" + request.writesInline() + ") and needs the user's approval, but this run "
                + "is not interactive. Nothing was executed. To allow writes, run again with --approve auto, or "
                + "in a terminal to be asked.");
    }

    /** Asks y/N on the terminal; anything but yes (or end of input) refuses. */
    static WriteApproval ask(BufferedReader in, PrintStream out) {
        return new TerminalApproval(in, out);
    }

    /** The policy for an --approve value; ask without a terminal becomes {@link #nobodyToAsk()}. */
    static WriteApproval forMode(String mode, boolean interactive, BufferedReader in, PrintStream out) {
        return switch (mode == null ? "ask" : mode.toLowerCase(Locale.ROOT)) {
            case "auto" -> auto();
            case "never-write" -> neverWrite();
            case "ask" -> interactive ? ask(in, out) : nobodyToAsk();
            default -> throw new IllegalArgumentException("--approve must be one of " + MODES + ", not '" + mode
                    + "'");
        };
    }
}
