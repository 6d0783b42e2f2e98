package io.agenticapi.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;

/**
 * Notices a guest filling the JVM heap. GraalPy cannot cap a context's memory on this runtime
 * (sandbox.MaxHeapMemory is unsupported), and a memory bomb would starve every thread of the JVM; the runner asks
 * this guard while it waits and stops the run when the heap stays nearly full after a collection.
 */
final class MemoryGuard {

    private static final double SUSPECT = 0.90;
    private static final double CONFIRMED = 0.85;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** True when the heap is nearly full of live data (checked again after a GC, so garbage does not count). */
    boolean exhausted() {
        if (fill() < SUSPECT) {
            return false;
        }
        System.gc(); // rare: only when the heap looks nearly full
        return fill() >= CONFIRMED;
    }

    private double fill() {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
        return max <= 0 ? 0 : (double) heap.getUsed() / max;
    }
}
