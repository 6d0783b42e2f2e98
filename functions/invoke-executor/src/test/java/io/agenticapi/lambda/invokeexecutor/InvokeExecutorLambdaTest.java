package io.agenticapi.lambda.invokeexecutor;

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
class InvokeExecutorLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema SCHEMA = ActionGroupSchema.load("invoke_executor");

    static String event(Map<String, ?> args) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(SCHEMA.operations().getFirst(), "invoke_executor",
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
    void asksTheExecutorAndLiftsStatusAndKey() throws Exception {
        ScriptedSubAgent.CALLS.clear();
        JsonNode envelope = post(event(Map.of("code_key", ScriptedSubAgent.KEY, "task_description", "t")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        JsonNode body = body(envelope);
        assertThat(body.get("status").asText()).isEqualTo("success");
        assertThat(body.get("code_key").asText()).isEqualTo(ScriptedSubAgent.KEY);
        assertThat(ScriptedSubAgent.CALLS.getFirst().inputText()).contains(ScriptedSubAgent.KEY);
    }

    @Test
    void aKeyThatIsNotOursIsA400() throws Exception {
        ScriptedSubAgent.CALLS.clear();
        JsonNode envelope = post(event(Map.of("code_key", "generated/../../../etc/passwd")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(ScriptedSubAgent.CALLS).isEmpty();
    }

    @Test
    void neitherKeyNorCodeIsA400() throws Exception {
        JsonNode envelope = post(event(Map.of("api_name", "stripe")));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(envelope).get("message").asText()).contains("code_key");
    }

    @Test
    void unknownOperationIsA404() throws Exception {
        JsonNode envelope = post(event(Map.of("code", "print(1)")).replace("/invoke-executor", "/run-anything"));
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(404);
    }
}
