package io.agenticapi.cli;

import io.agenticapi.local.approval.WriteApproval;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** --approve: what happens before code that writes through the API runs. */
public final class ApprovalOptions {
    @Option(names = "--approve", paramLabel = "ask|auto|never-write",
            description = {"Before code that writes through the API (create, update, delete...) runs: ask (default "
                    + "on a terminal: shows the write calls, y/N), auto (run writes without asking) or never-write "
                    + "(code that writes does not run; reads still do).",
                    "Without a terminal, ask refuses writes: pass --approve auto to allow them.",
                    "Default: ask on a terminal; without one, auto against the offline sandbox (its state lives "
                            + "in this run only) and ask (so: refused) against real Stripe."})
    String mode;

    /**
     * The policy for this run; prompts go to standard error so --json output stays one document. Approval guards
     * real accounts: with no terminal to ask and no explicit mode, writes to the throw-away offline sandbox run.
     */
    WriteApproval policy(String stripe) {
        boolean interactive = Terminal.interactive();
        try {
            return WriteApproval.forMode(effectiveMode(stripe, interactive), interactive,
                    new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), System.err);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    String effectiveMode(String stripe, boolean interactive) {
        if (mode == null && !interactive && "offline".equals(stripe)) {
            return "auto";
        }
        return mode;
    }

    /** For the run's header line. */
    String describe(String stripe) {
        boolean interactive = Terminal.interactive();
        String value = effectiveMode(stripe, interactive) == null ? "ask" : effectiveMode(stripe, interactive);
        if (mode == null && value.equals("auto")) {
            return "auto (no terminal, offline sandbox)";
        }
        return value.equals("ask") && !interactive ? "ask (no terminal: writes are refused)" : value;
    }
}
