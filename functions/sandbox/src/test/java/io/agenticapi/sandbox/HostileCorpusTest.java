package io.agenticapi.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus (src/test/resources/corpus/hostile): every script is contained — blocked by the static
 * policy, or stopped at run time with the reason reported, or (key exfiltration) run while seeing only the
 * placeholder or redacted text — and none writes a file, opens a socket, starts a process, leaks the real key or
 * outlives its limit by more than a second. Each script says what it tries and what must happen in its header.
 */
class HostileCorpusTest {

    private static final String REAL_KEY = "sk_test_REALcorpusKey0123456789abcdef";
    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(3);
    private static final long MARGIN_MILLIS = 1_000;

    private static final PythonSandbox SANDBOX = TestSandbox.get();
    private static ServerSocket canary;
    private static final AtomicInteger CANARY_CONNECTIONS = new AtomicInteger();

    @BeforeAll
    static void startCanaryAndWarmUp() throws IOException {
        canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!canary.isClosed()) {
                try (Socket ignored = canary.accept()) {
                    CANARY_CONNECTIONS.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "corpus-canary");
        acceptor.setDaemon(true);
        acceptor.start();
        SANDBOX.warmUp();
    }

    @AfterAll
    static void stopCanary() throws IOException {
        canary.close();
    }

    static List<CorpusScript> hostile() {
        return CorpusScript.load("hostile");
    }

    @Test
    void theCorpusCoversEnoughScripts() {
        List<CorpusScript> scripts = hostile();
        long stopped = scripts.stream().filter(s -> !s.expectations().get(0).startsWith("neutralised")).count();

        assertThat(scripts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(stopped).as("blocked statically or stopped at run time").isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isContained(CorpusScript script, @TempDir Path dir) throws Exception {
        Path marker = Path.of("/tmp", "agentic-corpus-" + script.name());
        Files.deleteIfExists(marker);
        String code = script.code(Map.of("MARKER", marker.toString(), "TMP", dir.toString(),
                "PORT", String.valueOf(canary.getLocalPort())));
        Duration limit = script.limitSeconds() == null ? DEFAULT_LIMIT : Duration.ofSeconds(script.limitSeconds());
        StubStripeTransport transport = new StubStripeTransport(true);
        long processesBefore = ProcessHandle.current().descendants().count();
        int connectionsBefore = CANARY_CONNECTIONS.get();
        waitForAFullPool();

        long start = System.nanoTime();
        ExecutionResult result = SANDBOX.execute(code,
                ExecutionRequest.stripe(REAL_KEY, transport).withWallClock(limit));
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("corpus %-34s %-8s %5d ms  %s%n", script.name(), result.status(), elapsed,
                result.error() == null ? "" : result.error().type() + ": " + head(result.error().message()));
        String expect = script.expectations().get(0);
        String described = script + " -> " + result.status() + " " + result.error() + "\nstdout: "
                + head(result.stdout()) + "\nstderr: " + head(result.stderr());
        assertOutcome(expect, result, described);
        assertThat(elapsed).as("elapsed ms of " + described).isLessThanOrEqualTo(limit.toMillis() + MARGIN_MILLIS);
        assertThat(leakedKeyForms(result, transport)).as("real key forms in the output of " + script).isEmpty();
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written).as("files written by " + script).isEmpty();
        }
        assertThat(marker).as("marker file of " + script).doesNotExist();
        assertThat(CANARY_CONNECTIONS.get()).as("connections opened by " + script).isEqualTo(connectionsBefore);
        assertThat(ProcessHandle.current().descendants().count()).as("processes started by " + script)
                .isEqualTo(processesBefore);
        assertThat(strandedRunsEnd(Duration.ofSeconds(60))).as("a worker left busy by " + script + " came back")
                .isTrue();
        if (!ExecutionResult.BLOCKED.equals(result.status())) {
            ExecutionResult next = SANDBOX.execute("print('still fine')", ExecutionRequest.offline());
            assertThat(next.stdout()).as("the next run after " + script).isEqualTo("still fine\n");
        }
    }

    private static void assertOutcome(String expect, ExecutionResult result, String described) {
        String[] words = expect.split(" ");
        switch (words[0]) {
            case "blocked" -> {
                assertThat(result.status()).as(described).isEqualTo(ExecutionResult.BLOCKED);
                assertThat(result.error().type()).isEqualTo("PolicyViolation");
                assertThat(result.error().message()).as(described).contains("[" + words[1] + "]");
                assertThat(result.stdout()).isEmpty();
            }
            case "timeout" -> {
                assertThat(result.status()).as(described).isEqualTo(ExecutionResult.TIMEOUT);
                assertThat(result.error().message()).as(described).contains("wall-clock limit");
                if (words.length > 1 && words[1].equals("truncated")) {
                    assertThat(result.stdout() + result.stderr()).as(described).contains("[output truncated at");
                }
            }
            case "error" -> {
                assertThat(result.status()).as(described).isEqualTo(ExecutionResult.ERROR);
                assertThat(result.error().message()).as(described).isNotBlank();
                if (words.length > 1) {
                    String type = result.error().type();
                    assertThat(Arrays.asList(words[1].split("\\|"))).as(described)
                            .contains(type.substring(type.lastIndexOf('.') + 1));
                }
            }
            case "error|timeout" -> {
                assertThat(result.status()).as(described).isIn(ExecutionResult.ERROR, ExecutionResult.TIMEOUT);
                assertThat(result.error().message()).as(described).isNotBlank();
            }
            case "neutralised" -> {
                assertThat(result.status()).as(described).isEqualTo(ExecutionResult.SUCCESS);
                String shown = words[1].equals("placeholder") ? SandboxEngine.PLACEHOLDER_KEY : SecretRedactor.MASK;
                assertThat(result.stdout()).as(described).contains(shown);
            }
            default -> throw new IllegalStateException("unknown expectation '" + expect + "'");
        }
    }

    /** Every form of the real key found where the guest's results or requests could carry it. */
    private static List<String> leakedKeyForms(ExecutionResult result, StubStripeTransport transport) {
        List<String> places = new ArrayList<>(List.of(result.stdout(), result.stderr(),
                result.error() == null ? "" : result.error().message()));
        result.apiCalls().forEach(call -> places.add(call.path()));
        for (ApiRequest request : transport.received()) {
            places.add(request.path());
            places.add(String.valueOf(request.formBody()));
            places.add(String.valueOf(request.headers()));
        }
        String secretPart = REAL_KEY.substring("sk_test_".length());
        List<String> forms = List.of(REAL_KEY, secretPart, new StringBuilder(REAL_KEY).reverse().toString(),
                URLEncoder.encode(REAL_KEY, StandardCharsets.UTF_8),
                Base64.getEncoder().withoutPadding().encodeToString(REAL_KEY.getBytes(StandardCharsets.UTF_8)));
        List<String> leaked = new ArrayList<>();
        for (String place : places) {
            for (String form : forms) {
                if (place != null && place.contains(form)) {
                    leaked.add(form + " in " + head(place));
                }
            }
        }
        return leaked;
    }

    /** Models requests arriving apart: a pre-warmed context is ready before the clock starts. */
    private static void waitForAFullPool() throws InterruptedException {
        assertThat(SANDBOX.awaitWarmPool(Duration.ofSeconds(60))).as("the pool refilled").isTrue();
    }

    /**
     * A run stopped inside one long host operation leaves its worker busy until the operation ends (the context is
     * closed, later runs are unaffected); wait for it so scripts do not compete for the CPU.
     */
    private static boolean strandedRunsEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (SANDBOX.strandedRuns() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50); // polling a condition the worker meets when its host operation returns
        }
        return true;
    }

    private static String head(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
