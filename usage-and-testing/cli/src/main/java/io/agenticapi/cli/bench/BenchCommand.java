package io.agenticapi.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agenticapi.sandbox.ExecutionRequest;
import io.agenticapi.sandbox.ExecutionResult;
import io.agenticapi.sandbox.PolicyReport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.SandboxSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code debug-trace bench}: the sandbox's latency and memory on this machine. In this JVM: warm execute overhead
 * (acquire a pooled context + run a trivial script + release, each run finding the pool refilled, as requests
 * arriving apart do) and validate of a 50-line script; in a fresh JVM started with the same class path and JVM
 * options: process start to the first executed script. Peak RSS of both JVMs from /proc/self/status.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the sandbox: warm execute, validate of a 50-line script, cold first execution in a "
                + "fresh JVM, peak RSS; compared with the targets (execute warm p50 <= 20 ms, validate p50 <= 10 ms, "
                + "cold <= 3 s, RSS <= 512 MB).",
                "Exit 0 when measured (with --check: 0 only when every target is met), 1 when a run failed."})
public final class BenchCommand implements Callable<Integer> {

    static final String TRIVIAL_SCRIPT = "print('ok')";
    private static final Duration POOL_WAIT = Duration.ofSeconds(60);
    private static final Duration COLD_TIMEOUT = Duration.ofMinutes(3);

    @Option(names = "--runs", defaultValue = "30", description = "Measured runs of each warm measurement (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "10", description = "Unmeasured runs before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print {execute_warm_p50_ms, execute_warm_p95_ms, validate_p50_ms, "
            + "cold_first_execution_ms, peak_rss_mb, runs} as JSON.")
    boolean json;

    @Option(names = "--skip-cold", description = "Do not start a fresh JVM (cold_first_execution_ms is then null).")
    boolean skipCold;

    @Option(names = "--cold-jvm-arg", paramLabel = "ARG",
            description = "Extra option for the fresh JVM, e.g. -XX:TieredStopAtLevel=1 (repeatable).")
    List<String> coldJvmArgs = new ArrayList<>();

    @Option(names = "--check", description = "Exit 1 when a target is missed.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command on its own (without the debug-trace launcher). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be >= 1 and --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        ColdStart.Result cold = skipCold ? null : ColdStart.measure(coldJvmArgs, COLD_TIMEOUT);
        BenchFigures figures;
        try (PythonSandbox sandbox = PythonSandbox.create(SandboxSettings.defaults())) {
            long warmUpStart = System.nanoTime();
            sandbox.warmUp();
            long warmUpMs = (System.nanoTime() - warmUpStart) / 1_000_000;
            for (int i = 0; i < warmup; i++) {
                timedExecute(sandbox);
                sandbox.analyze(FiftyLineScript.variant(-1 - i));
            }
            List<Double> execute = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                execute.add(timedExecute(sandbox));
            }
            List<Double> validate = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                awaitWarmPool(sandbox); // no refill competing for the CPU: validate runs in its own process
                validate.add(timedValidate(sandbox, FiftyLineScript.variant(i)));
            }
            figures = new BenchFigures(runs, Samples.percentile(execute, 50), Samples.percentile(execute, 95),
                    Samples.percentile(validate, 50), cold == null ? null : cold.firstExecutionMs(),
                    ProcessMemory.peakRssMb(), cold == null ? -1 : cold.peakRssMb());
            if (!json) {
                out.printf(Locale.ROOT, "debug-trace bench: %d runs after %d warm-up runs, %d cores, Java %s%n",
                        runs, warmup, Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
                out.printf(Locale.ROOT, "  (sandbox warmUp in this JVM: %d ms; pool of %d contexts)%n", warmUpMs,
                        sandbox.settings().poolSize());
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(figures.json()));
        } else {
            figures.readable().forEach(out::println);
        }
        out.flush();
        return check && !figures.allMet() ? 1 : 0;
    }

    /** One warm execute: waits (unmeasured) for the pool to be refilled, then times execute of a trivial script. */
    private static double timedExecute(PythonSandbox sandbox) throws InterruptedException {
        awaitWarmPool(sandbox);
        long start = System.nanoTime();
        ExecutionResult result = sandbox.execute(TRIVIAL_SCRIPT, ExecutionRequest.offline());
        double millis = (System.nanoTime() - start) / 1e6;
        if (!result.succeeded() || !"ok\n".equals(result.stdout())) {
            throw new IllegalStateException("the trivial script did not run: " + result.status() + " "
                    + result.error());
        }
        return millis;
    }

    private static void awaitWarmPool(PythonSandbox sandbox) throws InterruptedException {
        if (!sandbox.awaitWarmPool(POOL_WAIT)) {
            throw new IllegalStateException("the context pool did not refill within " + POOL_WAIT.toSeconds() + " s");
        }
    }

    private static double timedValidate(PythonSandbox sandbox, String code) {
        long start = System.nanoTime();
        PolicyReport report = sandbox.analyze(code);
        double millis = (System.nanoTime() - start) / 1e6;
        if (!report.allowed()) {
            throw new IllegalStateException("the 50-line script was not allowed: " + report.findings());
        }
        return millis;
    }
}
