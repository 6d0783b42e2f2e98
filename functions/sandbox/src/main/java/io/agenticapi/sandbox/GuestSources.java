package io.agenticapi.sandbox;

import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Python sources and the Stripe table the sandbox installs into guests, read once from the classpath. */
final class GuestSources {

    static final String PYTHON = "python";
    private static final String BASE = "/io/agenticapi/sandbox/";

    private static final class Holder {
        static final GuestSources INSTANCE = new GuestSources();
    }

    final Source runner;
    final Source policy;
    final String stripeShim;
    final String stripeTable;

    private GuestSources() {
        runner = source("python/runner.py", "agentic_runner.py");
        policy = source("python/policy.py", "agentic_policy.py");
        stripeShim = read("python/stripe_shim.py");
        stripeTable = read("stripe/stripe-operations.json");
    }

    static GuestSources get() {
        return Holder.INSTANCE;
    }

    private static Source source(String resource, String name) {
        // cached sources are parsed once per Engine and shared by all its contexts
        return Source.newBuilder(PYTHON, read(resource), name).cached(true).buildLiteral();
    }

    static String read(String resource) {
        try (InputStream in = GuestSources.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sandbox resource " + BASE + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
