package io.agenticapi.cli;

import io.agenticapi.sandbox.StripeJavaTransport;
import io.agenticapi.services.local.EnvSecretSource;
import io.agenticapi.services.ports.SecretSource;
import io.agenticapi.stripesandbox.StripeSandboxServer;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where Stripe calls go: the offline Stripe sandbox started in this JVM (default, no key needed), or Stripe's
 * test mode with STRIPE_API_KEY (live keys refused).
 */
public final class ApiTarget implements AutoCloseable {
    private final String description;
    private final StripeJavaTransport transport;
    private final SecretSource secrets;
    private final StripeSandboxServer server;

    private ApiTarget(String description, String baseUrl, String key, StripeSandboxServer server) {
        this.description = description;
        this.transport = new StripeJavaTransport(baseUrl);
        this.secrets = EnvSecretSource.of("stripe", key);
        this.server = server;
    }

    public static ApiTarget open(String mode) {
        return switch (mode) {
            case "offline" -> offline();
            case "stripe" -> stripeTestMode(System.getenv("STRIPE_API_KEY"));
            default -> throw new UsageException("--stripe must be offline or stripe, not '" + mode + "'");
        };
    }

    static ApiTarget offline() {
        StripeSandboxServer server = StripeSandboxServer.start("127.0.0.1", 0);
        // a fresh throw-away test key per run: the sandbox accepts any sk_test_ key
        String key = "sk_test_offline_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        return new ApiTarget("offline Stripe sandbox at " + server.baseUrl(), server.baseUrl(), key, server);
    }

    static ApiTarget stripeTestMode(String key) {
        if (key == null || key.isBlank()) {
            throw new UsageException("--stripe stripe needs STRIPE_API_KEY set to a Stripe TEST key (sk_test_...); "
                    + "get one at https://dashboard.stripe.com/test/apikeys, or use --stripe offline");
        }
        if (key.startsWith("sk_live_") || key.startsWith("rk_live_")) {
            throw new UsageException("STRIPE_API_KEY is a LIVE key: refusing to run generated code against live "
                    + "data. Use a test key (sk_test_...) or --stripe offline");
        }
        if (!key.startsWith("sk_test_") && !key.startsWith("rk_test_")) {
            throw new UsageException("STRIPE_API_KEY does not look like a Stripe test key (sk_test_...)");
        }
        return new ApiTarget("Stripe test mode (api.stripe.com)", "https://api.stripe.com", key.trim(), null);
    }

    public String description() {
        return description;
    }

    public StripeJavaTransport transport() {
        return transport;
    }

    public SecretSource secrets() {
        return secrets;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
