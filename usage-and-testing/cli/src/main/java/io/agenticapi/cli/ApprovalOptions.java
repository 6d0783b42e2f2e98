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
                    "Without a terminal, ask refuses writes: pass --approve auto to allow them."})
    String mode;

    /** The policy for this run; prompts go to standard error so --json output stays one document. */
    WriteApproval policy() {
        boolean interactive = Terminal.interactive();
        try {
            return WriteApproval.forMode(mode, interactive, new BufferedReader(new InputStreamReader(System.in,
                    Charset.defaultCharset())), System.err);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** For the run's header line. */
    String describe() {
        String value = mode == null ? "ask" : mode;
        return value.equals("ask") && !Terminal.interactive() ? "ask (no terminal: writes are refused)" : value;
    }
}
