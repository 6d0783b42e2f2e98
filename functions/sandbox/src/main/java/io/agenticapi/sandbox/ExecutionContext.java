package io.agenticapi.sandbox;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.time.Duration;

/** One pre-warmed guest context (shim installed, common modules imported), used for exactly one run. */
final class ExecutionContext implements AutoCloseable {

    final Context context;
    final CappedOutput out;
    final CappedOutput err;
    final ApiBridge bridge;
    private final Value run;

    private ExecutionContext(Context context, CappedOutput out, CappedOutput err, ApiBridge bridge, Value run) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.bridge = bridge;
        this.run = run;
    }

    static ExecutionContext prepare(SandboxEngine engine, int maxOutputChars, Duration cpuTime) {
        CappedOutput out = new CappedOutput(maxOutputChars);
        CappedOutput err = new CappedOutput(maxOutputChars);
        ApiBridge bridge = new ApiBridge();
        Context context = engine.executionContext(out, err, cpuTime);
        try {
            GuestSources sources = GuestSources.get();
            Value functions = context.eval(sources.runner);
            Value install = functions.getArrayElement(0);
            Value run = functions.getArrayElement(1);
            install.execute(sources.stripeShim, sources.stripeTable, bridge);
            out.reset();
            err.reset();
            return new ExecutionContext(context, out, err, bridge, run);
        } catch (RuntimeException e) {
            closeQuietly(context, true);
            throw e;
        }
    }

    /** Runs the script; returns the runner's JSON outcome {status, error?}. */
    String run(String code) {
        return run.execute(code).asString();
    }

    /** Hard stop from another thread (wall-clock limit). */
    void cancel() {
        closeQuietly(context, true);
    }

    /**
     * Always a hard close: the context is used once, and a graceful close can wait forever on guest state (a
     * refused thread start leaves threading's shutdown lock held).
     */
    @Override
    public void close() {
        closeQuietly(context, true);
    }

    private static void closeQuietly(Context context, boolean cancel) {
        try {
            context.close(cancel);
        } catch (RuntimeException ignored) {
            // a context stopped by a limit rethrows on close; it is closed all the same
        }
    }
}
