package io.agenticapi.sandbox;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

/**
 * The JVM's GraalPy engine and the one recipe for guest contexts: CONSTRAINED sandbox policy, only exported host
 * members, no file system or sockets, an environment holding placeholders only.
 */
final class SandboxEngine implements AutoCloseable {

    /** What generated code sees as its key; the host bridge replaces it with the real one on the way out. */
    static final String PLACEHOLDER_KEY = "sk_test_sandbox_placeholder";
    static final Map<String, String> GUEST_ENVIRONMENT = Map.of(
            "STRIPE_API_KEY", PLACEHOLDER_KEY,
            "STRIPE_SECRET_KEY", PLACEHOLDER_KEY,
            "STRIPE_KEY", PLACEHOLDER_KEY);
    private static final String RESOURCE_CACHE_PROPERTY = "polyglot.engine.userResourceCache";

    private final Engine engine;

    SandboxEngine(SandboxSettings settings) {
        if (settings.resourceCache() != null && System.getProperty(RESOURCE_CACHE_PROPERTY) == null) {
            // where GraalPy unpacks its Python home; read once per JVM (Lambda: only /tmp is writable)
            System.setProperty(RESOURCE_CACHE_PROPERTY, settings.resourceCache().toAbsolutePath().toString());
        }
        this.engine = Engine.newBuilder(GuestSources.PYTHON)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    /** A context for running untrusted code, with its own output streams and a CPU-time limit. */
    Context executionContext(OutputStream out, OutputStream err, Duration cpuTime) {
        return base(out, err)
                .environment(GUEST_ENVIRONMENT)
                .option("sandbox.MaxCPUTime", cpuTime.toMillis() + "ms")
                .build();
    }

    /** The long-lived analyzer context: it only parses untrusted code, so it has no CPU limit to run out of. */
    Context analyzerContext() {
        return base(OutputStream.nullOutputStream(), OutputStream.nullOutputStream()).build();
    }

    private Context.Builder base(OutputStream out, OutputStream err) {
        return Context.newBuilder(GuestSources.PYTHON)
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowIO(IOAccess.NONE)
                .out(out)
                .err(err)
                .in(InputStream.nullInputStream());
    }

    @Override
    public void close() {
        try {
            engine.close(true);
        } catch (RuntimeException ignored) {
            // closing during JVM shutdown or after a cancelled context: nothing left to release
        }
    }
}
