package io.agenticapi.lambda.validatecode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ValidateCodeLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema SCHEMA = ActionGroupSchema.load("validate_code");
    private static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0123abcd.py";

    static String event(Map<String, ?> args) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(SCHEMA.operations().getFirst(), "validate_code",
                args, new ActionGroupEvent.Agent("executor", "EXEC", "ALIAS", "1"), "s", "validate", Map.of()));
    }

    static JsonNode post(String event) throws Exception {
        return JSON.readTree(given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).extract().asString());
    }

    static JsonNode body(JsonNode envelope) throws Exception {
        return JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
    }

    @Test
    void ordinaryStripeCodeIsAllowed() throws Exception {
        JsonNode envelope = post(event(Map.of("code", """
                import os
                import stripe
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                customer = stripe.Customer.create(name="Alice", email="alice@test.com")
                print(customer.id)
                """)));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        JsonNode body = body(envelope);
        assertThat(body.get("verdict").asText()).isEqualTo("allowed");
        assertThat(body.get("findings")).isEmpty();
    }

    @Test
    void dangerousCodeIsBlockedWithFindingsAndTheSidecarRecordsIt() throws Exception {
        Path store = Path.of("target/test-code-store");
        Files.createDirectories(store.resolve(KEY).getParent());
        Files.writeString(store.resolve(KEY), "import subprocess\nsubprocess.run(['rm', '-rf', '/tmp/x'])\n");
        JsonNode body = body(post(event(Map.of("code_key", KEY))));
        assertThat(body.get("verdict").asText()).isEqualTo("blocked");
        assertThat(body.get("code_key").asText()).isEqualTo(KEY);
        JsonNode finding = body.get("findings").get(0);
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.has("col")).isTrue();
        assertThat(finding.get("rule").asText()).isNotBlank();
        assertThat(finding.get("message").asText()).isNotBlank();
        JsonNode sidecar = JSON.readTree(store.resolve(KEY.replace(".py", ".json")).toFile());
        assertThat(sidecar.at("/validation/verdict").asText()).isEqualTo("blocked");
    }

    @Test
    void evalExecAndDunderAccessAreBlocked() throws Exception {
        for (String code : new String[]{"eval('1+1')", "exec('x=1')", "__import__('os')", "compile('1','f','eval')",
                "import os\nos.system('ls')", "x = ().__class__.__bases__", "open('/tmp/f', 'w').write('x')"}) {
            assertThat(body(post(event(Map.of("code", code)))).get("verdict").asText()).as(code).isEqualTo("blocked");
        }
    }

    @Test
    void syntaxErrorsAreInvalid() throws Exception {
        JsonNode body = body(post(event(Map.of("code", "def broken(:\n"))));
        assertThat(body.get("verdict").asText()).isEqualTo("invalid");
        assertThat(body.at("/syntax/valid").asBoolean()).isFalse();
    }

    @Test
    void unknownKeyIsA404AndNoInputIsA400() throws Exception {
        JsonNode missing = post(event(Map.of("code_key", KEY.replace("0123abcd", "ffffffff"))));
        assertThat(missing.at("/response/httpStatusCode").asInt()).isEqualTo(404);
        JsonNode none = post(event(Map.of()));
        assertThat(none.at("/response/httpStatusCode").asInt()).isEqualTo(400);
    }
}
