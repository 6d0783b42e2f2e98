package io.agenticapi.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code debug-trace bench} measured, with the targets of the sandbox issue: warm execute p50 at most 20 ms,
 * validate p50 at most 10 ms, cold first execution at most 3 s, peak RSS at most 512 MB.
 *
 * @param runs                measured runs of each warm measurement
 * @param executeWarmP50Ms    acquire a pooled context + run a trivial script + release, median
 * @param executeWarmP95Ms    the same, 95th percentile
 * @param validateP50Ms       policy analysis of a 50-line script, median
 * @param coldFirstExecutionMs fresh JVM: process start to the first script's result (null when skipped)
 * @param benchRssMb          peak RSS of the bench JVM (-1 unknown)
 * @param coldRssMb           peak RSS of the fresh JVM (-1 unknown or skipped)
 */
record BenchFigures(int runs, double executeWarmP50Ms, double executeWarmP95Ms, double validateP50Ms,
                    Long coldFirstExecutionMs, long benchRssMb, long coldRssMb) {

    static final double EXECUTE_WARM_P50_TARGET_MS = 20;
    static final double VALIDATE_P50_TARGET_MS = 10;
    static final long COLD_TARGET_MS = 3_000;
    static final long RSS_TARGET_MB = 512;

    long peakRssMb() {
        return Math.max(benchRssMb, coldRssMb);
    }

    /** The --json shape: {execute_warm_p50_ms, execute_warm_p95_ms, validate_p50_ms, cold_first_execution_ms, peak_rss_mb, runs}. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("execute_warm_p50_ms", round(executeWarmP50Ms));
        json.put("execute_warm_p95_ms", round(executeWarmP95Ms));
        json.put("validate_p50_ms", round(validateP50Ms));
        json.put("cold_first_execution_ms", coldFirstExecutionMs);
        json.put("peak_rss_mb", peakRssMb() < 0 ? null : peakRssMb());
        json.put("runs", runs);
        return json;
    }

    /** Whether every measured figure meets its target (skipped or unknown figures do not count). */
    boolean allMet() {
        return executeWarmP50Ms <= EXECUTE_WARM_P50_TARGET_MS && validateP50Ms <= VALIDATE_P50_TARGET_MS
                && (coldFirstExecutionMs == null || coldFirstExecutionMs <= COLD_TARGET_MS)
                && (peakRssMb() < 0 || peakRssMb() <= RSS_TARGET_MB);
    }

    List<String> readable() {
        List<String> lines = new ArrayList<>();
        lines.add(row("execute warm p50", ms(executeWarmP50Ms), "<= 20 ms",
                verdict(executeWarmP50Ms <= EXECUTE_WARM_P50_TARGET_MS)));
        lines.add(row("execute warm p95", ms(executeWarmP95Ms), "-", ""));
        lines.add(row("validate p50 (50 lines)", ms(validateP50Ms), "<= 10 ms",
                verdict(validateP50Ms <= VALIDATE_P50_TARGET_MS)));
        lines.add(row("cold first execution", coldFirstExecutionMs == null ? "skipped"
                        : String.format(Locale.ROOT, "%.2f s", coldFirstExecutionMs / 1000.0), "<= 3 s",
                coldFirstExecutionMs == null ? "" : verdict(coldFirstExecutionMs <= COLD_TARGET_MS)));
        String rss = peakRssMb() < 0 ? "unknown" : peakRssMb() + " MB";
        String detail = "  (bench JVM " + mb(benchRssMb) + ", fresh JVM " + mb(coldRssMb) + ")";
        lines.add(row("peak RSS", rss, "<= 512 MB", peakRssMb() < 0 ? "" : verdict(peakRssMb() <= RSS_TARGET_MB))
                + detail);
        return lines;
    }

    private static String row(String name, String value, String target, String verdict) {
        return String.format(Locale.ROOT, "  %-24s %10s   target %-10s %s", name, value, target, verdict).stripTrailing();
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String mb(long value) {
        return value < 0 ? "n/a" : value + " MB";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
