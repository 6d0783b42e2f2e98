package io.agenticapi.cli.aws;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The closing table of a scenario run: one row per request, then how many got an answer. */
final class SummaryTable {
    private static final int REQUEST_WIDTH = 70;

    private SummaryTable() {
    }

    static void print(PrintStream out, List<RunReport> reports, int skipped) {
        out.println("══ summary ══");
        out.printf("%3s  %-9s %8s  %15s  %s%n", "#", "result", "time", "tokens in/out", "request");
        int n = 0;
        for (RunReport r : reports) {
            n++;
            String request = r.request().length() > REQUEST_WIDTH
                    ? r.request().substring(0, REQUEST_WIDTH - 1) + "…" : r.request();
            out.printf("%3d  %-9s %8s  %15s  %s%n", n, r.result(),
                    OrchestratorRunner.seconds(Duration.ofMillis(r.totalMs())),
                    r.inputTokens() + "/" + r.outputTokens(), request);
        }
        long answered = reports.stream().filter(RunReport::answered).count();
        int total = reports.size() + skipped;
        out.printf("answered %d of %d%s%s%n", answered, total,
                skipped > 0 ? "; " + skipped + " not sent after a failure that would repeat" : "",
                answered < reports.size() ? " (see the errors above)" : "");
    }
}
