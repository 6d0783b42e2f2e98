package io.agenticapi.local.approval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/** Shows what would be written and asks "Run it? [y/N]"; only y or yes approves. */
final class TerminalApproval implements WriteApproval {
    private final BufferedReader in;
    private final PrintStream out;

    TerminalApproval(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public synchronized Decision decide(ApprovalRequest request) {
        out.println();
        out.println("── approval needed ──");
        if (request.writes().isEmpty()) {
            out.println(request.what() + " asks to run; the API calls it makes are not known in advance.");
        } else {
            out.println(request.what() + " would write through the API:");
            request.writes().forEach(w -> out.println("  " + w));
        }
        out.print("Run it? [y/N] ");
        out.flush();
        String answer;
        try {
            answer = in.readLine();
        } catch (IOException e) {
            answer = null;
        }
        String said = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (said.equals("y") || said.equals("yes")) {
            out.println("approved");
            return Decision.approve();
        }
        out.println(answer == null ? "no answer (end of input): not approved" : "not approved");
        return Decision.refuse(Decision.WRITE_REFUSED, request.what() + " was not run: the user did not approve its "
                + "writes (" + request.writesInline() + "). Nothing was executed; do not retry, report this to the "
                + "user.");
    }
}
