package io.agenticapi.lambda.executecode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.lambdatest.MockEventServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(OfflineStripe.class)
class ExecuteCodeLambdaTest {
    private static final MockEventServer LAMBDA = new MockEventServer("execute_code", "executor");
    private static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0fedcba9.py";

    @Test
    void runsStoredStripeCodeAgainstTheApiAndRecordsTheResult() throws Exception {
        Path store = Path.of("target/test-code-store");
        Files.createDirectories(store.resolve(KEY).getParent());
        Files.writeString(store.resolve(KEY), """
                import os
                import stripe

                stripe.api_key = os.environ["STRIPE_API_KEY"]

                def main():
                    customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com")
                    print(customer.id, customer.name, customer.email)

                if __name__ == "__main__":
                    main()
                """);
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("code_key", KEY));
        assertThat(envelope.status()).isEqualTo(200);
        JsonNode body = envelope.body();
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("success");
        assertThat(body.get("stdout").asText()).matches("(?s)cus_\\w+ Alice Smith alice@test.com\\s*");
        assertThat(body.get("duration_ms").asLong()).isNotNegative();
        JsonNode call = body.get("api_calls").get(0);
        assertThat(call.get("method").asText()).isEqualTo("POST");
        assertThat(call.get("path").asText()).isEqualTo("/v1/customers");
        assertThat(call.get("status").asInt()).isEqualTo(200);
        JsonNode sidecar = new ObjectMapper().readTree(store.resolve(KEY.replace(".py", ".json")).toFile());
        assertThat(sidecar.at("/execution/status").asText()).isEqualTo("success");
    }

    @Test
    void theRealKeyNeverComesBack() {
        JsonNode body = LAMBDA.call(Map.of("code", """
                import os
                import stripe
                print(os.environ.get("STRIPE_API_KEY"))
                print(stripe.api_key)
                """)).body();
        assertThat(body.toString()).doesNotContain(OfflineStripe.KEY);
        assertThat(body.get("status").asText()).isEqualTo("success");
    }

    @Test
    void blockedCodeNeverRuns() {
        JsonNode body = LAMBDA.call(Map.of("code", "import subprocess\nsubprocess.run(['touch', '/tmp/pwned'])\n"))
                .body();
        assertThat(body.get("status").asText()).isEqualTo("blocked");
        assertThat(body.at("/error/message").asText()).isNotBlank();
        assertThat(body.get("api_calls")).isEmpty();
    }

    @Test
    void exceptionsAreReportedWithTypeAndLine() {
        JsonNode body = LAMBDA.call(Map.of("code", "x = 1\ny = x / 0\n")).body();
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).contains("ZeroDivisionError");
        assertThat(body.at("/error/line").asInt()).isEqualTo(2);
    }

    @Test
    void stripeErrorsSurfaceAsPythonExceptions() {
        JsonNode body = LAMBDA.call(Map.of("code", """
                import stripe, os
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                try:
                    stripe.Customer.retrieve("cus_doesnotexist")
                except stripe.error.InvalidRequestError as e:
                    print("missing:", e.http_status, e.code)
                """)).body();
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("success");
        assertThat(body.get("stdout").asText()).contains("missing: 404 resource_missing");
    }

    @Test
    void badInputIsA4xxEnvelope() {
        assertThat(LAMBDA.call(Map.of()).status()).isEqualTo(400);
        assertThat(LAMBDA.call(Map.of("code_key", KEY.replace("0fedcba9", "00000000"))).status()).isEqualTo(404);
        assertThat(LAMBDA.post("{\"apiPath\": 12}").status()).isEqualTo(400);
    }
}
