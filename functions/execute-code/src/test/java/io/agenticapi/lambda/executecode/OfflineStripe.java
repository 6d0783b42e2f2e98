package io.agenticapi.lambda.executecode;

import io.agenticapi.stripesandbox.StripeSandboxServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts the offline Stripe sandbox for the test run and points execute_code at it with a test key. */
public class OfflineStripe implements QuarkusTestResourceLifecycleManager {
    static final String KEY = "sk_test_quarkus_4f7d1c2b9a";
    private StripeSandboxServer server;

    @Override
    public Map<String, String> start() {
        server = StripeSandboxServer.start("127.0.0.1", 0);
        return Map.of("agentic.api.base-url", server.baseUrl(), "STRIPE_API_KEY", KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
