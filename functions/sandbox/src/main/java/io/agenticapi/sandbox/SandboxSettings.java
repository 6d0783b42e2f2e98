package io.agenticapi.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits and tuning for a {@link PythonSandbox}.
 *
 * @param wallClock      default wall-clock limit of one run (a watchdog hard-closes the context)
 * @param cpuTime        CPU-time limit of one run (GraalPy sandbox.MaxCPUTime, second line of defence)
 * @param maxOutputChars cap of stdout and of stderr each; longer output is cut with a visible marker
 * @param poolSize       number of pre-warmed execution contexts kept ready
 * @param resourceCache  where GraalPy unpacks its Python home (nullable: GraalPy's default user cache)
 */
public record SandboxSettings(Duration wallClock, Duration cpuTime, int maxOutputChars, int poolSize,
                              Path resourceCache) {

    /** Environment variable naming the resource cache folder (Lambda: somewhere under /tmp). */
    public static final String RESOURCE_CACHE_ENV = "AGENTIC_PYTHON_RESOURCE_CACHE";

    public SandboxSettings {
        Objects.requireNonNull(wallClock, "wallClock");
        Objects.requireNonNull(cpuTime, "cpuTime");
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("wallClock must be positive: " + wallClock);
        }
        if (cpuTime.isNegative() || cpuTime.isZero()) {
            throw new IllegalArgumentException("cpuTime must be positive: " + cpuTime);
        }
        if (maxOutputChars < 100) {
            throw new IllegalArgumentException("maxOutputChars must be at least 100: " + maxOutputChars);
        }
        if (poolSize < 0) {
            throw new IllegalArgumentException("poolSize must not be negative: " + poolSize);
        }
    }

    /** 30 s wall clock, 20 s CPU, 20 000 chars of output, 2 pooled contexts, cache from the environment. */
    public static SandboxSettings defaults() {
        String cache = System.getenv(RESOURCE_CACHE_ENV);
        return new SandboxSettings(Duration.ofSeconds(30), Duration.ofSeconds(20), 20_000, 2,
                cache == null || cache.isBlank() ? null : Path.of(cache));
    }

    public SandboxSettings withWallClock(Duration value) {
        return new SandboxSettings(value, cpuTime, maxOutputChars, poolSize, resourceCache);
    }

    public SandboxSettings withCpuTime(Duration value) {
        return new SandboxSettings(wallClock, value, maxOutputChars, poolSize, resourceCache);
    }

    public SandboxSettings withMaxOutputChars(int value) {
        return new SandboxSettings(wallClock, cpuTime, value, poolSize, resourceCache);
    }

    public SandboxSettings withPoolSize(int value) {
        return new SandboxSettings(wallClock, cpuTime, maxOutputChars, value, resourceCache);
    }

    public SandboxSettings withResourceCache(Path value) {
        return new SandboxSettings(wallClock, cpuTime, maxOutputChars, poolSize, value);
    }
}
