package io.agenticapi.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench runs and prints its figures; no timing is asserted (timings make poor assertions). */
class BenchCommandTest {

    private record Run(int exitCode, String out) {
    }

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void printsTheSixJsonFieldsIncludingAColdStartInAFreshJvm() throws Exception {
        Run run = bench("--runs", "2", "--warmup", "1", "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.properties()).extracting(e -> e.getKey()).containsExactly("execute_warm_p50_ms",
                "execute_warm_p95_ms", "validate_p50_ms", "cold_first_execution_ms", "peak_rss_mb", "runs");
        assertThat(json.get("runs").asInt()).isEqualTo(2);
        assertThat(json.get("execute_warm_p50_ms").asDouble()).isPositive();
        assertThat(json.get("execute_warm_p95_ms").asDouble())
                .isGreaterThanOrEqualTo(json.get("execute_warm_p50_ms").asDouble());
        assertThat(json.get("validate_p50_ms").asDouble()).isPositive();
        assertThat(json.get("cold_first_execution_ms").asLong()).isPositive();
        assertThat(json.get("peak_rss_mb").asLong()).isPositive();
    }

    @Test
    void readableOutputComparesEachFigureWithItsTarget() {
        Run run = bench("--runs", "1", "--warmup", "0", "--skip-cold");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("execute warm p50", "execute warm p95", "validate p50 (50 lines)",
                "cold first execution", "skipped", "peak RSS", "target <= 20 ms", "target <= 10 ms",
                "target <= 3 s", "target <= 512 MB");
        assertThat(run.out().lines().filter(l -> l.contains("target <= ") && !l.contains("skipped")))
                .allSatisfy(line -> assertThat(line).containsAnyOf("PASS", "MISS"));
    }

    @Test
    void badRunCountsAreAUsageError() {
        assertThat(bench("--runs", "0", "--skip-cold").exitCode()).isEqualTo(2);
    }

    @Test
    void verdictsFollowTheTargets() {
        BenchFigures met = new BenchFigures(5, 12.0, 30.0, 6.0, 2_500L, 400, 300);
        BenchFigures missed = new BenchFigures(5, 25.0, 30.0, 11.0, 3_500L, 600, 300);

        assertThat(met.allMet()).isTrue();
        assertThat(met.readable()).filteredOn(l -> l.contains("target <= ")).allMatch(l -> l.contains("PASS"));
        assertThat(missed.allMet()).isFalse();
        assertThat(missed.readable()).filteredOn(l -> l.contains("target <= ")).allMatch(l -> l.contains("MISS"));
        assertThat(missed.json()).containsEntry("peak_rss_mb", 600L).containsEntry("cold_first_execution_ms", 3_500L);
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);

        assertThat(Samples.percentile(values, 50)).isEqualTo(3.0);
        assertThat(Samples.percentile(values, 95)).isEqualTo(5.0);
        assertThat(Samples.percentile(List.of(7.0), 50)).isEqualTo(7.0);
    }
}
