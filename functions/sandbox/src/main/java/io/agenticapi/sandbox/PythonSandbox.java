package io.agenticapi.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The GraalPy sandbox: one Engine per instance (use {@link #shared()} for one per JVM), a long-lived analyzer
 * context for syntax and policy checks, and a pool of pre-warmed execution contexts, each used for one run only.
 * Thread-safe.
 */
public final class PythonSandbox implements AutoCloseable {

    private static final Object SHARED_LOCK = new Object();
    private static volatile PythonSandbox shared;

    /** Warms the engine's shared code paths: imports, the shim, a resource class, an error. */
    private static final String WARM_UP_SCRIPT = """
            import json, os, stripe
            from stripe.error import CardError
            stripe.api_key = os.environ.get("STRIPE_API_KEY")
            client = stripe.StripeClient(stripe.api_key)
            try:
                stripe.Customer.create(name="warm-up", metadata={"k": "v"})
            except stripe.error.APIConnectionError as error:
                print(type(error).__name__)
            print(json.dumps({"ok": True}))
            """;

    /**
     * What generated scripts are made of (imports, a dataclass, a class, try/except on Stripe errors, f-strings,
     * comprehensions, a main guard): analysed repeatedly at warm-up so the walker's code paths are compiled by the
     * JVM before the first request instead of during it.
     */
    private static final String PRIMING_SCRIPT = """
            import json, logging, os, sys
            from dataclasses import dataclass, field
            from typing import Dict, List, Optional
            import stripe

            logger = logging.getLogger(__name__)

            @dataclass
            class Summary:
                id: str
                email: Optional[str] = None
                tags: List[str] = field(default_factory=list)

            class Report:
                def __init__(self, rows: Dict[str, int]):
                    self.rows = rows

                def __repr__(self):
                    return f"Report({len(self.rows)} rows, total={sum(self.rows.values()):,})"

            def main() -> int:
                stripe.api_key = os.environ.get("STRIPE_API_KEY")
                try:
                    customer = stripe.Customer.create(name="A", email="a@test.com", metadata={"k": "v"})
                    intents = stripe.PaymentIntent.list(limit=3, customer=customer.id)
                except stripe.error.StripeError as e:
                    print(f"error: {type(e).__name__}: {e.user_message or e}", file=sys.stderr)
                    return 1
                rows = {i.id: i.amount or 0 for i in intents.data if i.status != "canceled"}
                print(json.dumps([Summary(customer.id, customer.email).id, repr(Report(rows))], default=str))
                return 0

            if __name__ == "__main__":
                sys.exit(main())
            """;
    private static final int PRIMING_ANALYSES = 40;

    private final SandboxSettings settings;
    private final Object startLock = new Object();
    private volatile SandboxEngine engine;
    private volatile PolicyAnalyzer analyzer;
    private volatile ContextPool pool;
    private volatile boolean closed;
    private final ScriptRunner runner = new ScriptRunner();

    private PythonSandbox(SandboxSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The lazily created JVM-wide instance with {@link SandboxSettings#defaults()}. */
    public static PythonSandbox shared() {
        PythonSandbox instance = shared;
        if (instance == null) {
            synchronized (SHARED_LOCK) {
                instance = shared;
                if (instance == null) {
                    instance = create(SandboxSettings.defaults());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** A new sandbox with its own engine; nothing is built until first use or {@link #warmUp()}. */
    public static PythonSandbox create(SandboxSettings settings) {
        return new PythonSandbox(settings);
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** Parses with GraalPy's own {@code ast.parse}; never runs the code. */
    public SyntaxCheck checkSyntax(String code) {
        Objects.requireNonNull(code, "code");
        ensureOpen();
        return analyzer().checkSyntax(code);
    }

    /** The static policy on the AST, plus the Stripe calls found; never runs the code. */
    public PolicyReport analyze(String code) {
        Objects.requireNonNull(code, "code");
        ensureOpen();
        return analyzer().analyze(code);
    }

    /**
     * Runs the code in a fresh constrained context. The policy is checked again first: code it does not allow is
     * not run (status "blocked", or "error" with a SyntaxError).
     */
    public ExecutionResult execute(String code, ExecutionRequest request) {
        Objects.requireNonNull(code, "code");
        ensureOpen();
        ExecutionRequest effective = request == null ? ExecutionRequest.offline() : request;
        long start = System.nanoTime();
        SecretRedactor redactor = new SecretRedactor(
                effective.apiKey() == null ? List.of() : List.of(effective.apiKey()));
        ContextPool contexts = pool(); // first call: the pool starts building while the analyzer checks the code
        PolicyReport report = analyze(code);
        if (!report.allowed()) {
            return refused(report, redactor, start);
        }
        Duration wallClock = effective.wallClock() != null ? effective.wallClock() : settings.wallClock();
        ExecutionContext context = contexts.acquire();
        return runner.run(context, code, effective, wallClock, settings.cpuTime(), redactor, start);
    }

    /** Runs without the static policy: only for tests proving the constrained context holds on its own. */
    ExecutionResult executeWithoutPolicy(String code, ExecutionRequest request) {
        Duration wallClock = request.wallClock() != null ? request.wallClock() : settings.wallClock();
        return runner.run(pool().acquire(), code, request, wallClock, settings.cpuTime(), SecretRedactor.none(),
                System.nanoTime());
    }

    /**
     * Builds the engine, the analyzer and the context pool, runs a warm-up script and primes the analyzer; call
     * at start-up (Lambda init, SnapStart priming), off the request path.
     */
    public void warmUp() {
        pool(); // starts building the pooled contexts while the analyzer warms up
        for (int i = 0; i < PRIMING_ANALYSES; i++) {
            analyzer().analyze(PRIMING_SCRIPT);
        }
        execute(WARM_UP_SCRIPT, ExecutionRequest.offline());
        pool().fillNow();
    }

    /**
     * Waits until every pooled context is built, as it is when requests arrive apart (benchmarks, tests). Starts
     * the pool if needed.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitWarmPool(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        ensureOpen();
        return pool().awaitFull(timeout);
    }

    /**
     * Runs that were stopped and reported (timeout, memory) but whose worker thread is still inside one long,
     * uninterruptible host operation, such as a huge integer power computed from variables. Their contexts are
     * closed and later runs are unaffected, but the thread keeps a core busy until the operation ends: a host
     * that sees this above zero may prefer to recycle the process (on Lambda: end the execution environment).
     */
    public int strandedRuns() {
        return runner.strandedRuns();
    }

    /** Contexts ready in the pool (for tests and metrics). */
    public int pooledContexts() {
        ContextPool current = pool;
        return current == null ? 0 : current.readyCount();
    }

    private static ExecutionResult refused(PolicyReport report, SecretRedactor redactor, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!report.syntax().valid()) {
            SyntaxCheck syntax = report.syntax();
            return new ExecutionResult(ExecutionResult.ERROR, "", "",
                    new ErrorInfo("SyntaxError", redactor.redact(syntax.message()), syntax.line()), millis, List.of());
        }
        List<Finding> blocking = report.blockingFindings();
        String message = blocking.stream()
                .map(f -> "line " + f.line() + " [" + f.rule() + "] " + f.message())
                .collect(Collectors.joining("; "));
        Integer line = blocking.isEmpty() ? null : blocking.get(0).line();
        return new ExecutionResult(ExecutionResult.BLOCKED, "", "",
                new ErrorInfo("PolicyViolation", redactor.redact(message), line), millis, List.of());
    }

    private SandboxEngine engine() {
        SandboxEngine current = engine;
        if (current == null) {
            synchronized (startLock) {
                ensureOpen();
                current = engine;
                if (current == null) {
                    current = new SandboxEngine(settings);
                    engine = current;
                }
            }
        }
        return current;
    }

    private PolicyAnalyzer analyzer() {
        PolicyAnalyzer current = analyzer;
        if (current == null) {
            SandboxEngine started = engine();
            synchronized (startLock) {
                ensureOpen();
                current = analyzer;
                if (current == null) {
                    current = new PolicyAnalyzer(started);
                    analyzer = current;
                }
            }
        }
        return current;
    }

    private ContextPool pool() {
        ContextPool current = pool;
        if (current == null) {
            SandboxEngine started = engine();
            synchronized (startLock) {
                ensureOpen();
                current = pool;
                if (current == null) {
                    current = new ContextPool(settings.poolSize(), () -> ExecutionContext.prepare(
                            started, settings.maxOutputChars(), settings.cpuTime()));
                    pool = current;
                    current.refillAsync();
                }
            }
        }
        return current;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the Python sandbox is closed");
        }
    }

    @Override
    public void close() {
        List<AutoCloseable> parts = new ArrayList<>();
        synchronized (startLock) {
            if (closed) {
                return;
            }
            closed = true;
            parts.add(pool);
            parts.add(analyzer);
            parts.add(runner);
            parts.add(engine);
        }
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception ignored) {
                // best effort: the JVM may be shutting down
            }
        }
        synchronized (SHARED_LOCK) {
            if (shared == this) {
                shared = null;
            }
        }
    }
}
