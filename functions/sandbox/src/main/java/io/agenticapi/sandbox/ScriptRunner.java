package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.graalvm.polyglot.PolyglotException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one script in one pre-warmed context on a worker thread while the caller keeps the wall clock: at the
 * deadline the context is hard-closed (stopping even {@code while True: pass}), and the caller returns without
 * waiting for a worker stuck in host code.
 */
final class ScriptRunner implements AutoCloseable {

    /**
     * How long to wait for a cancelled run to wind down, so its last output is captured. A hard close stops guest
     * code within milliseconds; a worker stuck in one long host operation (a huge integer power) is left behind.
     */
    private static final long CANCEL_GRACE_MILLIS = 500;
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final MemoryGuard memory = new MemoryGuard();
    private final AtomicInteger stranded = new AtomicInteger();

    private final ExecutorService workers;
    private final ExecutorService cancellers;

    ScriptRunner() {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> daemon(
                new Thread(null, runnable, "python-sandbox-run-" + count.incrementAndGet(), WORKER_STACK_BYTES)));
        this.cancellers = Executors.newCachedThreadPool(runnable -> daemon(
                new Thread(runnable, "python-sandbox-cancel")));
    }

    private static Thread daemon(Thread thread) {
        thread.setDaemon(true);
        return thread;
    }

    ExecutionResult run(ExecutionContext context, String code, ExecutionRequest request, Duration wallClock,
                        Duration cpuTime, SecretRedactor redactor, long startNanos) {
        List<ApiCall> calls = new ArrayList<>();
        context.bridge.bind(new ApiBridge.Binding(request, redactor, calls));
        Outcome outcome;
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<String> future = workers.submit(() -> {
            try {
                return context.run(code);
            } finally {
                if (abandoned.getAndSet(false)) {
                    stranded.decrementAndGet(); // the abandoned worker finally came back
                }
            }
        });
        try {
            outcome = await(context, future, wallClock, abandoned);
        } catch (ExecutionException e) {
            outcome = fromFailure(e.getCause(), wallClock, cpuTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(context, future, abandoned);
            outcome = Outcome.error("Interrupted", "the run was interrupted", null);
        } finally {
            context.bridge.unbind();
        }
        String stdout = context.out.text();
        String stderr = context.err.text();
        cancellers.execute(context::close); // closing takes tens of milliseconds: not on the caller's time
        List<ApiCall> recorded;
        synchronized (calls) {
            recorded = List.copyOf(calls);
        }
        ErrorInfo error = outcome.error == null ? null
                : new ErrorInfo(outcome.error.type(), redactor.redact(outcome.error.message()), outcome.error.line());
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new ExecutionResult(outcome.status, redactor.redact(stdout), redactor.redact(stderr), error, millis,
                recorded);
    }

    /** Waits for the run while keeping the wall clock and an eye on the heap. */
    private Outcome await(ExecutionContext context, Future<String> future, Duration wallClock,
                          AtomicBoolean abandoned) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + wallClock.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                cancel(context, future, abandoned);
                return Outcome.timeout("the script exceeded the wall-clock limit of " + seconds(wallClock));
            }
            try {
                return parse(future.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                if (memory.exhausted()) {
                    cancel(context, future, abandoned);
                    return Outcome.error("MemoryError", "the script filled the sandbox's memory and was stopped",
                            null);
                }
            }
        }
    }

    private void cancel(ExecutionContext context, Future<String> future, AtomicBoolean abandoned) {
        // close(true) may wait for a thread busy in host code (an HTTP call): never block the caller on it
        cancellers.execute(context::cancel);
        try {
            future.get(CANCEL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            // still inside one long host operation (a huge integer power): it cannot be interrupted; count it
            if (!future.isDone()) {
                stranded.incrementAndGet();
                abandoned.set(true);
                if (future.isDone() && abandoned.getAndSet(false)) {
                    stranded.decrementAndGet(); // it came back in between
                }
            }
        } catch (ExecutionException | RuntimeException ignored) {
            // cancelled as intended: the result is a timeout either way
        }
    }

    /** Workers still busy after their run was stopped and reported (see {@link PythonSandbox#strandedRuns()}). */
    int strandedRuns() {
        return stranded.get();
    }

    private static Outcome parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if ("success".equals(node.path("status").asText())) {
                return Outcome.SUCCESS;
            }
            JsonNode error = node.path("error");
            Integer line = error.hasNonNull("line") ? error.get("line").asInt() : null;
            return Outcome.error(error.path("type").asText("Error"), error.path("message").asText(""), line);
        } catch (Exception e) {
            return Outcome.error("SandboxError", "the runner returned an unreadable outcome", null);
        }
    }

    private static Outcome fromFailure(Throwable failure, Duration wallClock, Duration cpuTime) {
        if (failure instanceof PolyglotException polyglot) {
            String message = String.valueOf(polyglot.getMessage());
            // sandbox.MaxCPUTime also cancels the context: its message names the CPU limit, the watchdog's does not
            boolean cpuLimit = message.toLowerCase(java.util.Locale.ROOT).contains("cpu");
            if (polyglot.isCancelled() && !cpuLimit) {
                return Outcome.timeout("the script exceeded the wall-clock limit of " + seconds(wallClock));
            }
            if (polyglot.isCancelled() || polyglot.isResourceExhausted()) {
                if (cpuLimit) {
                    return Outcome.timeout("the script exceeded the CPU-time limit of " + seconds(cpuTime));
                }
                return Outcome.error("MemoryError", message, null);
            }
            if (polyglot.isExit()) {
                int status = polyglot.getExitStatus();
                return status == 0 ? Outcome.SUCCESS
                        : Outcome.error("SystemExit", "exit code " + status, null);
            }
            return Outcome.error(polyglot.isGuestException() ? "GuestError" : "SandboxError",
                    String.valueOf(polyglot.getMessage()), null);
        }
        if (failure instanceof StackOverflowError) {
            return Outcome.error("RecursionError", "maximum recursion depth exceeded", null);
        }
        if (failure instanceof OutOfMemoryError) {
            return Outcome.error("MemoryError", "the script ran out of memory", null);
        }
        return Outcome.error("SandboxError", failure.getClass().getSimpleName() + ": " + failure.getMessage(), null);
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        cancellers.shutdownNow();
    }

    private record Outcome(String status, ErrorInfo error) {
        static final Outcome SUCCESS = new Outcome(ExecutionResult.SUCCESS, null);

        static Outcome error(String type, String message, Integer line) {
            return new Outcome(ExecutionResult.ERROR, new ErrorInfo(type, message, line));
        }

        static Outcome timeout(String message) {
            return new Outcome(ExecutionResult.TIMEOUT, new ErrorInfo("Timeout", message, null));
        }
    }
}
