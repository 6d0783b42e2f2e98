package io.agenticapi.lambda.invokegenerator;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.lambdatest.MockEventServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts Bedrock events to the Lambda mock event server; the sub-agent is scripted (ScriptedSubAgent). */
@QuarkusTest
class InvokeGeneratorLambdaTest {
    private static final MockEventServer LAMBDA = new MockEventServer("invoke_generator", "orchestrator");

    @Test
    void asksTheGeneratorAndReturnsItsAnswerAndCodeKey() {
        ScriptedSubAgent.CALLS.clear();
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("task_description", "Create a customer named Alice",
                "api_name", "stripe"));
        assertThat(envelope.status()).isEqualTo(200);
        assertThat(envelope.json().at("/response/actionGroup").asText()).isEqualTo("invoke_generator");
        JsonNode body = envelope.body();
        assertThat(body.get("code_key").asText()).isEqualTo(ScriptedSubAgent.KEY);
        assertThat(body.get("answer").asText()).contains("cus_123");
        assertThat(ScriptedSubAgent.CALLS).singleElement().satisfies(call -> {
            assertThat(call.inputText()).startsWith("Create a customer named Alice");
            assertThat(call.sessionId()).isEqualTo("test-session");
        });
    }

    @Test
    void missingTaskIsA400AndTheSubAgentIsNotAsked() {
        ScriptedSubAgent.CALLS.clear();
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("api_name", "stripe"));
        assertThat(envelope.status()).isEqualTo(400);
        assertThat(envelope.body().get("message").asText()).contains("task_description");
        assertThat(ScriptedSubAgent.CALLS).isEmpty();
    }

    @Test
    void throttledSubAgentIsA429Envelope() {
        MockEventServer.Envelope envelope = LAMBDA.call(Map.of("task_description", "THROTTLE me"));
        assertThat(envelope.status()).isEqualTo(429);
        assertThat(envelope.body().get("error").asText()).isEqualTo("throttled");
    }

    @Test
    void malformedEventIsA400Envelope() {
        assertThat(LAMBDA.post("this is not an event").status()).isEqualTo(400);
    }
}
