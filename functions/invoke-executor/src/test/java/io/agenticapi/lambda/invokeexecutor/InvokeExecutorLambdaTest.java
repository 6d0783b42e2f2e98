package io.agenticapi.lambda.invokeexecutor;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.lambdatest.MockEventServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts Bedrock events to the Lambda mock event server; the sub-agent is scripted (ScriptedSubAgent). */
@QuarkusTest
class InvokeExecutorLambdaTest {
    private static final MockEventServer LAMBDA = new MockEventServer("invoke_executor", "orchestrator");

    @Test
    void asksTheExecutorAndLiftsStatusAndKey() {
        ScriptedSubAgent.CALLS.clear();
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("code_key", ScriptedSubAgent.KEY, "task_description", "t"));
        assertThat(envelope.status()).isEqualTo(200);
        JsonNode body = envelope.body();
        assertThat(body.get("status").asText()).isEqualTo("success");
        assertThat(body.get("code_key").asText()).isEqualTo(ScriptedSubAgent.KEY);
        assertThat(ScriptedSubAgent.CALLS.getFirst().inputText()).contains(ScriptedSubAgent.KEY);
    }

    @Test
    void aKeyThatIsNotOursIsA400() {
        ScriptedSubAgent.CALLS.clear();
        assertThat(LAMBDA.call(Map.of("code_key", "generated/../../../etc/passwd")).status()).isEqualTo(400);
        assertThat(ScriptedSubAgent.CALLS).isEmpty();
    }

    @Test
    void neitherKeyNorCodeIsA400() {
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("api_name", "stripe"));
        assertThat(envelope.status()).isEqualTo(400);
        assertThat(envelope.body().get("message").asText()).contains("code_key");
    }

    @Test
    void unknownOperationIsA404() {
        String event = LAMBDA.event(Map.of("code", "print(1)")).replace("/invoke-executor", "/run-anything");
        assertThat(LAMBDA.post(event).status()).isEqualTo(404);
    }
}
