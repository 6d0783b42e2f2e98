package io.agenticapi.sandbox;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a few pre-warmed execution contexts ready, filled by one background thread and refilled after each
 * acquire. A context leaves the pool once and is never returned to it.
 */
final class ContextPool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContextPool.class.getName());
    /** How long an acquire waits for a context the background thread is already building. */
    private static final long WAIT_FOR_BUILD_SECONDS = 30;

    private final int size;
    private final Supplier<ExecutionContext> factory;
    private final LinkedBlockingQueue<ExecutionContext> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger building = new AtomicInteger();
    private final ExecutorService filler;
    private volatile boolean closed;

    ContextPool(int size, Supplier<ExecutionContext> factory) {
        this.size = size;
        this.factory = factory;
        this.filler = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "python-sandbox-prewarm");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A fresh context: pooled when one is ready, awaited when one is being built, else built now. */
    ExecutionContext acquire() {
        ExecutionContext context = ready.poll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_FOR_BUILD_SECONDS);
        try {
            while (context == null && building.get() > 0 && System.nanoTime() < deadline) {
                context = ready.poll(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (context == null) {
            context = factory.get();
        }
        refillAsync();
        return context;
    }

    /**
     * Builds contexts until the pool is full, on the caller's thread (start-up, off the request path), and waits
     * for builds already under way on the background thread.
     */
    void fillNow() {
        while (reserveBuild()) {
            buildOne(false);
        }
        synchronized (this) {
            while (!closed && ready.size() < size && building.get() > 0) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Schedules one build on the background thread when the pool (counting builds under way) is not full. */
    void refillAsync() {
        if (!reserveBuild()) {
            return;
        }
        try {
            filler.execute(() -> buildOne(true));
        } catch (RejectedExecutionException e) {
            building.decrementAndGet(); // closing
        }
    }

    private synchronized boolean reserveBuild() {
        if (closed || ready.size() + building.get() >= size) {
            return false;
        }
        building.incrementAndGet();
        return true;
    }

    private void buildOne(boolean continueAsync) {
        try {
            offer(factory.get());
        } catch (RuntimeException e) {
            if (!closed) { // a build cancelled by close() is expected
                LOG.log(Level.WARNING, "could not pre-warm a Python context", e);
            }
            return; // do not spin on a failing build; the next acquire retries
        } finally {
            building.decrementAndGet();
            synchronized (this) {
                notifyAll();
            }
        }
        if (continueAsync) {
            refillAsync();
        }
    }

    private void offer(ExecutionContext context) {
        if (closed) {
            context.close();
            return;
        }
        ready.offer(context);
        if (closed && ready.remove(context)) {
            context.close();
        }
    }

    int readyCount() {
        return ready.size();
    }

    /** Waits until the pool is full (or closed); false when the timeout passed first. */
    synchronized boolean awaitFull(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed && ready.size() < size) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (building.get() == 0) {
                refillAsync(); // nothing under way (a build failed): ask again rather than wait for nothing
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        filler.shutdownNow();
        ExecutionContext context;
        while ((context = ready.poll()) != null) {
            context.close();
        }
    }
}
