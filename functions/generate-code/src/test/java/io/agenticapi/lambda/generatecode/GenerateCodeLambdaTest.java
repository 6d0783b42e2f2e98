package io.agenticapi.lambda.generatecode;

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

/** Posts real Bedrock events to the Lambda mock event server and checks the envelope Bedrock would get. */
@QuarkusTest
class GenerateCodeLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema SCHEMA = ActionGroupSchema.load("generate_code");
    private static final ActionGroupEvent.Agent AGENT = new ActionGroupEvent.Agent("generator", "AGENT1", "ALIAS1", "1");

    static String event(Map<String, ?> args) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(SCHEMA.operations().getFirst(), "generate_code",
                args, AGENT, "session-1", "write code", Map.of("model", "test")));
    }

    static JsonNode post(String event) throws Exception {
        String out = given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).extract().asString();
        return JSON.readTree(out);
    }

    static JsonNode body(JsonNode envelope) throws Exception {
        return JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
    }

    @Test
    void storesValidCodeWithItsSidecar() throws Exception {
        JsonNode envelope = post(event(Map.of("code", "import stripe\nprint('hi')\n",
                "task_description", "say hi", "api_name", "stripe")));
        assertThat(envelope.at("/messageVersion").asText()).isEqualTo("1.0");
        assertThat(envelope.at("/response/actionGroup").asText()).isEqualTo("generate_code");
        assertThat(envelope.at("/response/apiPath").asText()).isEqualTo("/generate-code");
        assertThat(envelope.at("/response/httpMethod").asText()).isEqualTo("POST");
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        JsonNode body = body(envelope);
        String key = body.get("code_key").asText();
        assertThat(key).matches("generated/stripe/\\d{4}/\\d{2}/\\d{2}/\\d{8}T\\d{9}Z-[0-9a-f]{8}\\.py");
        assertThat(body.at("/syntax/valid").asBoolean()).isTrue();

        Path root = Path.of("target/test-code-store");
        assertThat(Files.readString(root.resolve(key))).isEqualTo("import stripe\nprint('hi')\n");
        JsonNode sidecar = JSON.readTree(root.resolve(body.get("sidecar_key").asText()).toFile());
        assertThat(sidecar.get("request").asText()).isEqualTo("say hi");
        assertThat(sidecar.get("model").asText()).isEqualTo("test");
        assertThat(sidecar.at("/syntax/valid").asBoolean()).isTrue();
    }

    @Test
    void reportsASyntaxErrorWithItsLine() throws Exception {
        JsonNode body = body(post(event(Map.of("code", "x = 1\ndef broken(:\n    pass\n",
                "task_description", "broken"))));
        assertThat(body.at("/syntax/valid").asBoolean()).isFalse();
        assertThat(body.at("/syntax/line").asInt()).isBetween(1, 3);
        assertThat(body.at("/syntax/message").asText()).isNotBlank();
    }

    @Test
    void missingRequiredPropertyIsA400() throws Exception {
        JsonNode envelope = post(event(Map.of("task_description", "no code")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(envelope).get("error").asText()).isEqualTo("bad_request");
        assertThat(body(envelope).get("message").asText()).contains("'code'");
    }

    @Test
    void apiNameThatIsNotAnIdentifierIsA400() throws Exception {
        JsonNode envelope = post(event(Map.of("code", "print(1)", "task_description", "t", "api_name", "../../etc")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(envelope).get("message").asText()).contains("api_name");
    }

    @Test
    void malformedEventIsA400Envelope() throws Exception {
        JsonNode envelope = post("{\"apiPath\": \"/generate-code\", \"httpMethod\": \"POST\", \"parameters\": 7");
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(envelope).get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void unknownPathIsA404AndWrongMethodA405() throws Exception {
        String unknown = event(Map.of("code", "x", "task_description", "t")).replace("/generate-code", "/nope");
        assertThat(post(unknown).at("/response/httpStatusCode").asInt()).isEqualTo(404);
        String wrongMethod = event(Map.of("code", "x", "task_description", "t")).replace("\"POST\"", "\"GET\"");
        JsonNode envelope = post(wrongMethod);
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(405);
        assertThat(envelope.at("/response/apiPath").asText()).isEqualTo("/generate-code");
    }
}
