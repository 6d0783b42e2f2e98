package io.agenticapi.lambda.invokegenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Posts Bedrock events to the Lambda mock event server; the sub-agent is scripted (ScriptedSubAgent). */
@QuarkusTest
class InvokeGeneratorLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema SCHEMA = ActionGroupSchema.load("invoke_generator");

    static String event(Map<String, ?> args) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(SCHEMA.operations().getFirst(), "invoke_generator",
                args, new ActionGroupEvent.Agent("orchestrator", "ORCH", "ALIAS", "1"), "orch-session",
                "user request", Map.of()));
    }

    static JsonNode post(String event) throws Exception {
        return JSON.readTree(given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).extract().asString());
    }

    static JsonNode body(JsonNode envelope) throws Exception {
        return JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
    }

    @Test
    void asksTheGeneratorAndReturnsItsAnswerAndCodeKey() throws Exception {
        ScriptedSubAgent.CALLS.clear();
        JsonNode envelope = post(event(Map.of("task_description", "Create a customer named Alice",
                "api_name", "stripe")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        assertThat(envelope.at("/response/actionGroup").asText()).isEqualTo("invoke_generator");
        JsonNode body = body(envelope);
        assertThat(body.get("code_key").asText()).isEqualTo(ScriptedSubAgent.KEY);
        assertThat(body.get("answer").asText()).contains("cus_123");
        assertThat(ScriptedSubAgent.CALLS).singleElement().satisfies(call -> {
            assertThat(call.inputText()).startsWith("Create a customer named Alice");
            assertThat(call.sessionId()).isEqualTo("orch-session");
        });
    }

    @Test
    void missingTaskIsA400AndTheSubAgentIsNotAsked() throws Exception {
        ScriptedSubAgent.CALLS.clear();
        JsonNode envelope = post(event(Map.of("api_name", "stripe")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(envelope).get("message").asText()).contains("task_description");
        assertThat(ScriptedSubAgent.CALLS).isEmpty();
    }

    @Test
    void throttledSubAgentIsA429Envelope() throws Exception {
        JsonNode envelope = post(event(Map.of("task_description", "THROTTLE me")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(429);
        assertThat(body(envelope).get("error").asText()).isEqualTo("throttled");
    }

    @Test
    void malformedEventIsA400Envelope() throws Exception {
        JsonNode envelope = post("this is not an event");
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
    }
}
