package io.agenticapi.lambdatest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;

import java.io.UncheckedIOException;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Drives one Lambda under @QuarkusTest the way Bedrock does: builds the action group's event, posts it to the
 * Quarkus Lambda mock event server, and reads the envelope that comes back.
 */
public final class MockEventServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ActionGroupSchema schema;
    private final ActionGroupEvent.Agent agent;

    public MockEventServer(String actionGroup, String agentName) {
        this.schema = ActionGroupSchema.load(actionGroup);
        this.agent = new ActionGroupEvent.Agent(agentName, agentName.toUpperCase(), "TESTALIAS", "1");
    }

    /** The serialized event for the group's (first) operation, every value a string as Bedrock sends it. */
    public String event(Map<String, ?> arguments) {
        return ActionGroupRouter.toJson(ActionGroupEvents.request(schema.operations().getFirst(), schema.name(),
                arguments, agent, "test-session", "test input", Map.of("model", "test")));
    }

    /** Posts a raw event (well-formed or not) and returns the envelope; the runtime must always answer 200. */
    public Envelope post(String event) {
        String out = given().contentType("application/json").body(event).when().post()
                .then().statusCode(200).extract().asString();
        return new Envelope(read(out));
    }

    public Envelope call(Map<String, ?> arguments) {
        return post(event(arguments));
    }

    /** A response envelope with its JSON body parsed. */
    public record Envelope(JsonNode json) {
        public int status() {
            return json.at("/response/httpStatusCode").asInt();
        }

        public JsonNode body() {
            return read(json.at("/response/responseBody/application~1json/body").asText());
        }

        public String apiPath() {
            return json.at("/response/apiPath").asText();
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
