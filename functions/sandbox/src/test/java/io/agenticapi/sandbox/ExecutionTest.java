package io.agenticapi.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionTest {

    private final PythonSandbox sandbox = TestSandbox.get();

    private ExecutionResult run(String code) {
        return sandbox.execute(code, ExecutionRequest.offline());
    }

    /** Whatever a test did to its context, the next run in the same JVM is clean and succeeds. */
    @AfterEach
    void nextRunStillSucceeds() {
        ExecutionResult next = run("import json\nprint(json.dumps({'ok': True}))");
        assertThat(next.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(next.stdout()).isEqualTo("{\"ok\": true}\n");
        assertThat(next.stderr()).isEmpty();
    }

    @Test
    void successCapturesStdoutAndStderr() {
        ExecutionResult result = run("""
                import sys
                print("hello", 42)
                print("warning", file=sys.stderr)
                sys.stdout.write("done\\n")
                """);

        assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.stdout()).isEqualTo("hello 42\ndone\n");
        assertThat(result.stderr()).isEqualTo("warning\n");
        assertThat(result.error()).isNull();
        assertThat(result.apiCalls()).isEmpty();
        assertThat(result.durationMs()).isNotNegative();
    }

    @Test
    void eachRunGetsAFreshContext() {
        assertThat(run("import json\njson.leaked = 'yes'\nLEAK = 1").succeeded()).isTrue();

        ExecutionResult second = run("import json\nprint(hasattr(json, 'leaked'), 'LEAK' in dir())");

        assertThat(second.stdout()).isEqualTo("False False\n");
    }

    @Test
    void uncaughtExceptionGivesTypeMessageLineAndTraceback() {
        ExecutionResult result = run("""
                print("before")
                def divide(a, b):
                    return a / b
                divide(1, 0)
                """);

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.stdout()).isEqualTo("before\n");
        assertThat(result.error()).isEqualTo(new ErrorInfo("ZeroDivisionError", "division by zero", 3));
        assertThat(result.stderr()).contains("Traceback (most recent call last):", "File \"main.py\", line 4",
                "return a / b", "ZeroDivisionError: division by zero").doesNotContain("agentic_runner");
    }

    @Test
    void wallClockLimitStopsAnEndlessLoop() {
        long start = System.nanoTime();
        ExecutionResult result = sandbox.execute("print('started', flush=True)\nwhile True:\n    pass\n",
                ExecutionRequest.offline().withWallClock(Duration.ofSeconds(2)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.status()).isEqualTo(ExecutionResult.TIMEOUT);
        assertThat(result.error().type()).isEqualTo("Timeout");
        assertThat(result.error().message()).contains("2.0 s");
        assertThat(result.stdout()).isEqualTo("started\n");
        assertThat(millis).as("returns soon after the limit").isLessThan(2_000 + 3_000);
    }

    @Test
    void wallClockLimitStopsASleep() {
        ExecutionResult result = sandbox.execute("import time\ntime.sleep(600)",
                ExecutionRequest.offline().withWallClock(Duration.ofSeconds(1)));

        assertThat(result.status()).isEqualTo(ExecutionResult.TIMEOUT);
    }

    @Test
    void concurrentRunsDoNotMix() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ExecutionResult>>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                futures.add(pool.submit(() -> run("print('run', " + n + ")")));
            }
            for (int i = 0; i < 3; i++) {
                ExecutionResult result = futures.get(i).get();
                assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
                assertThat(result.stdout()).isEqualTo("run " + i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warmUpFillsThePool() {
        sandbox.warmUp();

        assertThat(sandbox.pooledContexts()).isEqualTo(sandbox.settings().poolSize());
    }

    @Test
    void outputFloodIsTruncatedWithAVisibleMarker() {
        ExecutionResult result = run("for i in range(5000):\n    print('line', i)\nprint('x' * 100000)");

        assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).startsWith("line 0\nline 1\n")
                .endsWith("...[output truncated at 2000 chars]")
                .hasSizeLessThan(2_000 + 60);
    }

    @Test
    void runawayRecursionIsAnError() {
        ExecutionResult result = run("def f(n):\n    return f(n + 1)\nf(0)");

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.error().type()).isEqualTo("RecursionError");
        assertThat(result.error().line()).isEqualTo(2);
        assertThat(result.stderr()).contains("more frames ...]", "RecursionError").hasSizeLessThan(2_100);
    }

    @Test
    void oversizedAllocationIsAnError() {
        ExecutionResult result = sandbox.executeWithoutPolicy("x = 'a' * (2 ** 62)", ExecutionRequest.offline());

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.error().type()).isIn("MemoryError", "OverflowError");
    }

    @Test
    void aScriptFillingTheHeapIsStoppedAsMemoryError() {
        ExecutionResult result = run("""
                chunks = []
                while True:
                    chunks.append(bytearray(20_000_000))
                """);

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.error().type()).isEqualTo("MemoryError");
    }

    @Test
    void sysExitZeroIsSuccess() {
        ExecutionResult result = run("import sys\nprint('bye')\nsys.exit(0)\nprint('never')");

        assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("bye\n");
    }

    @Test
    void sysExitNonZeroIsASystemExitError() {
        ExecutionResult numeric = run("import sys\nsys.exit(3)");
        assertThat(numeric.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(numeric.error()).isEqualTo(new ErrorInfo("SystemExit", "exit code 3", 2));

        ExecutionResult text = run("raise SystemExit('fatal: no customer')");
        assertThat(text.error().type()).isEqualTo("SystemExit");
        assertThat(text.error().message()).isEqualTo("fatal: no customer");
        assertThat(text.stderr()).isEqualTo("fatal: no customer\n");
    }

    @Test
    void blockedCodeIsNeverRun() {
        ExecutionResult result = run("print('ran')\nimport subprocess\nsubprocess.run(['id'])");

        assertThat(result.status()).isEqualTo(ExecutionResult.BLOCKED);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.error().type()).isEqualTo("PolicyViolation");
        assertThat(result.error().message()).contains("blocked-import", "subprocess");
        assertThat(result.error().line()).isEqualTo(2);
    }

    @Test
    void syntaxErrorsAreReportedWithoutRunning() {
        ExecutionResult result = run("print('ran')\nprint(\n");

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.error().type()).isEqualTo("SyntaxError");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void theGuestEnvironmentHoldsOnlyPlaceholders() {
        ExecutionResult result = run("""
                import os
                print(sorted(k for k in os.environ if k.startswith("STRIPE")))
                print(os.environ["STRIPE_API_KEY"], os.getenv("AWS_SECRET_ACCESS_KEY"), os.getenv("HOME"))
                """);

        assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("['STRIPE_API_KEY', 'STRIPE_KEY', 'STRIPE_SECRET_KEY']\n"
                + SandboxEngine.PLACEHOLDER_KEY + " None None\n");
    }

    /**
     * The second line of defence: code the policy would refuse still cannot reach files, sockets, processes or
     * the host. Some refusals raise a Python error, others end the run from the host side; none may succeed.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "open('/etc/hostname').read()",
            "open('/tmp/agentic-sandbox-probe', 'w').write('x')",
            "__import__('os').listdir('/')",
            "__import__('socket').create_connection(('127.0.0.1', 22), 1)",
            "__import__('subprocess').run(['id'])",
            "__import__('os').system('id')",
            "__import__('ctypes')",
            "__import__('java').type('java.lang.Runtime')",
            "__import__('polyglot').import_value('x')"})
    void theConstrainedContextRefusesWhatThePolicyWouldBlock(String attempt) {
        ExecutionResult result = sandbox.executeWithoutPolicy("""
                try:
                    %s
                    print("ALLOWED")
                except BaseException as e:
                    print("refused", type(e).__name__)
                """.formatted(attempt), ExecutionRequest.offline());

        assertThat(result.stdout()).doesNotContain("ALLOWED");
        assertThat(result.stdout().startsWith("refused") || result.status().equals(ExecutionResult.ERROR))
                .as(result.stdout() + result.error()).isTrue();
    }

    @Test
    void startingAThreadEndsTheRunWithoutHangingTheSandbox() {
        ExecutionResult result = sandbox.executeWithoutPolicy(
                "import threading\nthreading.Thread(target=print).start()\nprint('after')",
                ExecutionRequest.offline());

        assertThat(result.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(result.stdout()).doesNotContain("after");
        assertThat(result.error().message()).contains("Creating threads is not allowed");
    }
}
