package io.agenticapi.lambda.validatecode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.lambdatest.MockEventServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ValidateCodeLambdaTest {
    private static final MockEventServer LAMBDA = new MockEventServer("validate_code", "executor");
    private static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0123abcd.py";

    @Test
    void ordinaryStripeCodeIsAllowed() {
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("code", """
                import os
                import stripe
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                customer = stripe.Customer.create(name="Alice", email="alice@test.com")
                print(customer.id)
                """));
        assertThat(envelope.status()).isEqualTo(200);
        assertThat(envelope.body().get("verdict").asText()).isEqualTo("allowed");
        assertThat(envelope.body().get("findings")).isEmpty();
    }

    @Test
    void dangerousCodeIsBlockedWithFindingsAndTheSidecarRecordsIt() throws Exception {
        Path store = Path.of("target/test-code-store");
        Files.createDirectories(store.resolve(KEY).getParent());
        Files.writeString(store.resolve(KEY), "import subprocess\nsubprocess.run(['rm', '-rf', '/tmp/x'])\n");
        JsonNode body = LAMBDA.call(Map.of("code_key", KEY)).body();
        assertThat(body.get("verdict").asText()).isEqualTo("blocked");
        assertThat(body.get("code_key").asText()).isEqualTo(KEY);
        JsonNode finding = body.get("findings").get(0);
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.has("col")).isTrue();
        assertThat(finding.get("rule").asText()).isNotBlank();
        assertThat(finding.get("message").asText()).isNotBlank();
        JsonNode sidecar = new ObjectMapper().readTree(store.resolve(KEY.replace(".py", ".json")).toFile());
        assertThat(sidecar.at("/validation/verdict").asText()).isEqualTo("blocked");
    }

    @Test
    void evalExecAndDunderAccessAreBlocked() {
        for (String code : new String[]{"eval('1+1')", "exec('x=1')", "__import__('os')", "compile('1','f','eval')",
                "import os\nos.system('ls')", "x = ().__class__.__bases__", "open('/tmp/f', 'w').write('x')"}) {
            assertThat(LAMBDA.call(Map.of("code", code)).body().get("verdict").asText()).as(code).isEqualTo("blocked");
        }
    }

    @Test
    void syntaxErrorsAreInvalid() {
        JsonNode body = LAMBDA.call(Map.of("code", "def broken(:\n")).body();
        assertThat(body.get("verdict").asText()).isEqualTo("invalid");
        assertThat(body.at("/syntax/valid").asBoolean()).isFalse();
    }

    @Test
    void unknownKeyIsA404AndNoInputIsA400() {
        assertThat(LAMBDA.call(Map.of("code_key", KEY.replace("0123abcd", "ffffffff"))).status()).isEqualTo(404);
        assertThat(LAMBDA.call(Map.of()).status()).isEqualTo(400);
    }
}
