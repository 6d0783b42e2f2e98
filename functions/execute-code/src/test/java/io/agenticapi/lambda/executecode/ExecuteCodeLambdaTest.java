package io.agenticapi.lambda.executecode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(OfflineStripe.class)
class ExecuteCodeLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema SCHEMA = ActionGroupSchema.load("execute_code");
    private static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0fedcba9.py";

    static String event(Map<String, ?> args) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(SCHEMA.operations().getFirst(), "execute_code",
                args, new ActionGroupEvent.Agent("executor", "EXEC", "ALIAS", "1"), "s", "execute", Map.of()));
    }

    static JsonNode post(String event) throws Exception {
        return JSON.readTree(given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).extract().asString());
    }

    static JsonNode body(JsonNode envelope) throws Exception {
        return JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
    }

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
        JsonNode envelope = post(event(Map.of("code_key", KEY)));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        JsonNode body = body(envelope);
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("success");
        assertThat(body.get("stdout").asText()).matches("(?s)cus_\\w+ Alice Smith alice@test.com\\s*");
        assertThat(body.get("duration_ms").asLong()).isNotNegative();
        JsonNode call = body.get("api_calls").get(0);
        assertThat(call.get("method").asText()).isEqualTo("POST");
        assertThat(call.get("path").asText()).isEqualTo("/v1/customers");
        assertThat(call.get("status").asInt()).isEqualTo(200);
        JsonNode sidecar = JSON.readTree(store.resolve(KEY.replace(".py", ".json")).toFile());
        assertThat(sidecar.at("/execution/status").asText()).isEqualTo("success");
    }

    @Test
    void theRealKeyNeverComesBack() throws Exception {
        JsonNode body = body(post(event(Map.of("code", """
                import os
                import stripe
                print(os.environ.get("STRIPE_API_KEY"))
                print(stripe.api_key)
                """))));
        assertThat(body.toString()).doesNotContain(OfflineStripe.KEY);
        assertThat(body.get("status").asText()).isEqualTo("success");
    }

    @Test
    void blockedCodeNeverRuns() throws Exception {
        JsonNode body = body(post(event(Map.of("code", "import subprocess\nsubprocess.run(['touch', '/tmp/pwned'])\n"))));
        assertThat(body.get("status").asText()).isEqualTo("blocked");
        assertThat(body.at("/error/message").asText()).isNotBlank();
        assertThat(body.get("api_calls")).isEmpty();
    }

    @Test
    void exceptionsAreReportedWithTypeAndLine() throws Exception {
        JsonNode body = body(post(event(Map.of("code", "x = 1\ny = x / 0\n"))));
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).contains("ZeroDivisionError");
        assertThat(body.at("/error/line").asInt()).isEqualTo(2);
    }

    @Test
    void stripeErrorsSurfaceAsPythonExceptions() throws Exception {
        JsonNode body = body(post(event(Map.of("code", """
                import stripe, os
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                try:
                    stripe.Customer.retrieve("cus_doesnotexist")
                except stripe.error.InvalidRequestError as e:
                    print("missing:", e.http_status, e.code)
                """))));
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("success");
        assertThat(body.get("stdout").asText()).contains("missing: 404 resource_missing");
    }

    @Test
    void badInputIsA4xxEnvelope() throws Exception {
        assertThat(post(event(Map.of())).at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(post(event(Map.of("code_key", KEY.replace("0fedcba9", "00000000"))))
                .at("/response/httpStatusCode").asInt()).isEqualTo(404);
        assertThat(post("{\"apiPath\": 12}").at("/response/httpStatusCode").asInt()).isEqualTo(400);
    }
}
