package io.agenticapi.lambda.generatecode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.lambdatest.MockEventServer;
import io.agenticapi.lambdatest.MockEventServer.Envelope;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts real Bedrock events to the Lambda mock event server and checks the envelope Bedrock would get. */
@QuarkusTest
class GenerateCodeLambdaTest {
    private static final MockEventServer LAMBDA = new MockEventServer("generate_code", "generator");

    @Test
    void storesValidCodeWithItsSidecar() throws Exception {
        Envelope envelope = LAMBDA.call(Map.of("code", "import stripe\nprint('hi')\n",
                "task_description", "say hi", "api_name", "stripe"));
        JsonNode json = envelope.json();
        assertThat(json.at("/messageVersion").asText()).isEqualTo("1.0");
        assertThat(json.at("/response/actionGroup").asText()).isEqualTo("generate_code");
        assertThat(envelope.apiPath()).isEqualTo("/generate-code");
        assertThat(json.at("/response/httpMethod").asText()).isEqualTo("POST");
        assertThat(envelope.status()).isEqualTo(200);
        JsonNode body = envelope.body();
        String key = body.get("code_key").asText();
        assertThat(key).matches("generated/stripe/\\d{4}/\\d{2}/\\d{2}/\\d{8}T\\d{9}Z-[0-9a-f]{8}\\.py");
        assertThat(body.at("/syntax/valid").asBoolean()).isTrue();

        Path root = Path.of("target/test-code-store");
        assertThat(Files.readString(root.resolve(key))).isEqualTo("import stripe\nprint('hi')\n");
        JsonNode sidecar = new ObjectMapper().readTree(root.resolve(body.get("sidecar_key").asText()).toFile());
        assertThat(sidecar.get("request").asText()).isEqualTo("say hi");
        assertThat(sidecar.get("model").asText()).isEqualTo("test");
        assertThat(sidecar.at("/syntax/valid").asBoolean()).isTrue();
    }

    @Test
    void reportsASyntaxErrorWithItsLine() {
        JsonNode body = LAMBDA.call(Map.of("code", "x = 1\ndef broken(:\n    pass\n", "task_description", "broken"))
                .body();
        assertThat(body.at("/syntax/valid").asBoolean()).isFalse();
        assertThat(body.at("/syntax/line").asInt()).isBetween(1, 3);
        assertThat(body.at("/syntax/message").asText()).isNotBlank();
    }

    @Test
    void missingRequiredPropertyIsA400() {
        Envelope envelope = LAMBDA.call(Map.of("task_description", "no code"));
        assertThat(envelope.status()).isEqualTo(400);
        assertThat(envelope.body().get("error").asText()).isEqualTo("bad_request");
        assertThat(envelope.body().get("message").asText()).contains("'code'");
    }

    @Test
    void apiNameThatIsNotAnIdentifierIsA400() {
        Envelope envelope = LAMBDA.call(Map.of("code", "print(1)", "task_description", "t", "api_name", "../../etc"));
        assertThat(envelope.status()).isEqualTo(400);
        assertThat(envelope.body().get("message").asText()).contains("api_name");
    }

    @Test
    void malformedEventIsA400Envelope() {
        Envelope envelope = LAMBDA.post("{\"apiPath\": \"/generate-code\", \"httpMethod\": \"POST\", \"parameters\": 7");
        assertThat(envelope.status()).isEqualTo(400);
        assertThat(envelope.body().get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void unknownPathIsA404AndWrongMethodA405() {
        String event = LAMBDA.event(Map.of("code", "x", "task_description", "t"));
        assertThat(LAMBDA.post(event.replace("/generate-code", "/nope")).status()).isEqualTo(404);
        Envelope wrongMethod = LAMBDA.post(event.replace("\"POST\"", "\"GET\""));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.apiPath()).isEqualTo("/generate-code");
    }
}
