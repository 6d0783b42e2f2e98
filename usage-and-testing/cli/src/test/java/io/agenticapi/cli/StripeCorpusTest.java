package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Stripe corpus (src/test/resources/stripe-corpus): scripts written the way Stripe's API reference and
 * model-written integrations use stripe-python, each run unmodified through {@code debug-trace execute --json}
 * against the offline Stripe sandbox. A script passes when the run succeeds and its stdout matches the regular
 * expressions of its {@code .expected} file, each a whole line, in order (other lines may come between).
 */
class StripeCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = "/stripe-corpus";
    private static final int MINIMUM_SCRIPTS = 40;

    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger RAN = new AtomicInteger();
    private static final List<String> FAILED = new ArrayList<>();
    private static long startedNanos;

    @TempDir
    static Path codeStore;

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(StripeCorpusTest.class.getResource(CORPUS), CORPUS).toURI());
    }

    static List<Path> scripts() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList();
        }
    }

    @Test
    void everyScriptIsNumberedAndHasItsExpectations() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(MINIMUM_SCRIPTS);
        for (Path script : scripts) {
            assertThat(script.getFileName().toString()).matches("\\d{2}-[a-z0-9-]+\\.py");
            List<String> expected = expectations(script);
            assertThat(expected).as("expectations of " + script.getFileName()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScriptRunsUnmodifiedWithTheExpectedOutput() throws Exception {
        startedNanos = System.nanoTime();
        return scripts().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            RAN.incrementAndGet();
            try {
                check(script);
                PASSED.incrementAndGet();
            } catch (AssertionError | Exception e) {
                synchronized (FAILED) {
                    FAILED.add(script.getFileName().toString());
                }
                throw e;
            }
        }));
    }

    @AfterAll
    static void printPassRate() {
        if (RAN.get() == 0) {
            return;
        }
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        System.out.printf("stripe corpus: %d/%d scripts passed against the offline Stripe sandbox (%d s)%s%n",
                PASSED.get(), RAN.get(), seconds, FAILED.isEmpty() ? "" : "; failed: " + String.join(", ", FAILED));
    }

    private static void check(Path script) throws Exception {
        Captured run = execute("execute", "--json", "--code-store", codeStore.toString(), script.toString());
        JsonNode result;
        try {
            result = JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("execute did not print JSON (exit " + run.exit() + "):\n" + run.out()
                    + run.err(), e);
        }
        String stdout = result.path("stdout").asText();
        String report = "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + result.path("stderr").asText()
                + "\n--- error ---\n" + result.path("error");
        assertThat(result.path("status").asText()).as("status of " + script.getFileName() + report)
                .isEqualTo("success");
        assertThat(run.exit()).as("exit code").isZero();
        matchInOrder(expectations(script), stdout.lines().toList(), script.getFileName() + report);
    }

    /** Each pattern must match a whole stdout line after the line the previous pattern matched. */
    static void matchInOrder(List<String> patterns, List<String> lines, String context) {
        int next = 0;
        for (String regex : patterns) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new AssertionError("bad expectation /" + regex + "/ for " + context, e);
            }
            int found = -1;
            for (int i = next; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).matches()) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail("no stdout line (from line " + (next + 1) + ") matches /" + regex + "/ in " + context);
            }
            next = found + 1;
        }
    }

    @Test
    void matchingIsOrderedAndWholeLine() {
        List<String> lines = List.of("created cus_123", "noise", "status: succeeded");
        matchInOrder(List.of("created cus_\\w+", "status: succeeded"), lines, "ok");
        assertThatThrownBy(() -> matchInOrder(List.of("status: succeeded", "created cus_\\w+"), lines, "order"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("created cus_");
        assertThatThrownBy(() -> matchInOrder(List.of("status"), lines, "partial")).isInstanceOf(AssertionError.class);
    }

    static List<String> expectations(Path script) throws IOException {
        Path expected = script.resolveSibling(script.getFileName().toString().replaceFirst("\\.py$", ".expected"));
        assertThat(expected).as("expectations file for " + script.getFileName()).exists();
        return Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    record Captured(int exit, String out, String err) {
    }

    /** Runs the CLI in this JVM with System.out and System.err captured (one run at a time). */
    static synchronized Captured execute(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DebugTrace.run(args);
            return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
