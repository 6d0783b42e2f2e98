package io.agenticapi.sandbox;

import java.time.Duration;

/** One sandbox for the whole test JVM: the GraalPy cold start is paid once, as in a Lambda. */
final class TestSandbox {

    private static final PythonSandbox SANDBOX = PythonSandbox.create(SandboxSettings.defaults()
            .withWallClock(Duration.ofSeconds(20))
            .withPoolSize(1)
            .withMaxOutputChars(2_000));

    private TestSandbox() {
    }

    static PythonSandbox get() {
        return SANDBOX;
    }
}
