package io.agenticapi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionGroupRouterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/things/{id}": {"get": {"operationId": "getThing", "description": "d",
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                                  {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                   "responses": {"200": {"description": "ok"}}}},
               "/things": {"post": {"operationId": "makeThing", "description": "d",
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "responses": {"200": {"description": "ok"}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string"}, "count": {"type": "integer"}, "price": {"type": "number"},
                 "active": {"type": "boolean"}, "tags": {"type": "array", "items": {"type": "string"}},
                 "extra": {"type": "object"}}}}}}
            """;

    private final AtomicReference<Arguments> seen = new AtomicReference<>();
    private final AtomicReference<ActionHandler.Invocation> seenInvocation = new AtomicReference<>();

    private ActionGroupRouter router(ActionHandler make) {
        return ActionGroupRouter.forSchema(ActionGroupSchema.parse("things", SCHEMA))
                .on("getThing", (args, inv) -> {
                    seen.set(args);
                    return ActionResult.ok(Map.of("id", args.requireString("id")));
                })
                .on("makeThing", make)
                .build();
    }

    private ActionGroupRouter router() {
        return router((args, inv) -> {
            seen.set(args);
            seenInvocation.set(inv);
            return ActionResult.of(201, Map.of("name", args.requireString("name")));
        });
    }

    static String event(String path, String method, List<Map<String, String>> params, List<Map<String, String>> props)
            throws Exception {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("messageVersion", "1.0");
        event.put("agent", Map.of("name", "a", "id", "AID", "alias", "AL", "version", "1"));
        event.put("inputText", "hello");
        event.put("sessionId", "s-1");
        event.put("actionGroup", "things");
        event.put("apiPath", path);
        event.put("httpMethod", method);
        event.put("parameters", params);
        if (props != null) {
            event.put("requestBody", Map.of("content", Map.of("application/json", Map.of("properties", props))));
        }
        event.put("sessionAttributes", Map.of("k", "v"));
        event.put("promptSessionAttributes", Map.of());
        return JSON.writeValueAsString(event);
    }

    static Map<String, String> p(String name, String type, String value) {
        return Map.of("name", name, "type", type, "value", value);
    }

    static JsonNode envelope(String json) throws Exception {
        return JSON.readTree(json);
    }

    static JsonNode body(JsonNode envelope) throws Exception {
        return JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
    }

    @Test
    void bindsBodyPropertiesByDeclaredTypeAndEchoesTheEnvelope() throws Exception {
        String out = router().handleJson(event("/things", "POST", List.of(), List.of(
                p("name", "string", "  Alice  "), p("count", "integer", "20"), p("price", "number", "2.5"),
                p("active", "boolean", "TRUE"), p("tags", "array", "[\"a\", \"b\"]"),
                p("extra", "object", "{\"k\": 1}"))));
        JsonNode env = envelope(out);
        assertThat(env.get("messageVersion").asText()).isEqualTo("1.0");
        assertThat(env.at("/response/actionGroup").asText()).isEqualTo("things");
        assertThat(env.at("/response/apiPath").asText()).isEqualTo("/things");
        assertThat(env.at("/response/httpMethod").asText()).isEqualTo("POST");
        assertThat(env.at("/response/httpStatusCode").asInt()).isEqualTo(201);
        assertThat(env.at("/sessionAttributes/k").asText()).isEqualTo("v");
        assertThat(env.at("/response/responseBody/application~1json/body").isTextual()).isTrue();
        assertThat(body(env).get("name").asText()).isEqualTo("  Alice  ");

        Arguments args = seen.get();
        assertThat(args.asMap()).containsEntry("count", 20L).containsEntry("price", 2.5)
                .containsEntry("active", true).containsEntry("tags", List.of("a", "b"))
                .containsEntry("extra", Map.of("k", 1));
        assertThat(seenInvocation.get().sessionId()).isEqualTo("s-1");
        assertThat(seenInvocation.get().operationId()).isEqualTo("makeThing");
    }

    @Test
    void acceptsArraysInJavaToStringForm() throws Exception {
        router().handleJson(event("/things", "POST", List.of(), List.of(p("name", "string", "x"),
                p("tags", "array", "[{itemName=item1, quantity=2}, {itemName=item2, quantity=1}]"))));
        assertThat(seen.get().asMap().get("tags")).isEqualTo(List.of(
                Map.of("itemName", "item1", "quantity", "2"), Map.of("itemName", "item2", "quantity", "1")));
    }

    @Test
    void bindsPathAndQueryParameters() throws Exception {
        JsonNode env = envelope(router().handleJson(event("/things/{id}", "GET",
                List.of(p("id", "string", "t_1"), p("limit", "integer", "5")), null)));
        assertThat(env.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        assertThat(seen.get().integer("limit")).contains(5L);
    }

    @Test
    void missingRequiredPropertyIsA400NamingIt() throws Exception {
        JsonNode env = envelope(router().handleJson(event("/things", "POST", List.of(),
                List.of(p("count", "integer", "1")))));
        assertThat(env.at("/response/httpStatusCode").asInt()).isEqualTo(400);
        assertThat(body(env).get("error").asText()).isEqualTo("bad_request");
        assertThat(body(env).get("message").asText()).contains("'name'");
    }

    @Test
    void mistypedValuesAreA400() throws Exception {
        for (Map<String, String> bad : List.of(p("count", "integer", "twenty"), p("count", "integer", "2.5"),
                p("active", "boolean", "yes"), p("price", "number", "cheap"), p("tags", "array", "a,b"),
                p("extra", "object", "{oops"))) {
            JsonNode env = envelope(router().handleJson(event("/things", "POST", List.of(),
                    List.of(p("name", "string", "x"), bad))));
            assertThat(env.at("/response/httpStatusCode").asInt()).as(bad.toString()).isEqualTo(400);
            assertThat(body(env).get("message").asText()).contains("'" + bad.get("name") + "'");
        }
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        JsonNode unknown = envelope(router().handleJson(event("/nothing", "POST", List.of(), null)));
        assertThat(unknown.at("/response/httpStatusCode").asInt()).isEqualTo(404);
        assertThat(unknown.at("/response/apiPath").asText()).isEqualTo("/nothing");
        assertThat(body(unknown).get("error").asText()).isEqualTo("unknown_operation");
        JsonNode wrong = envelope(router().handleJson(event("/things", "DELETE", List.of(), null)));
        assertThat(wrong.at("/response/httpStatusCode").asInt()).isEqualTo(405);
    }

    @Test
    void malformedOrEmptyOrForeignEventsAre400s() throws Exception {
        for (String bad : List.of("", "   ", "{not json", "[1,2]", "42",
                "{\"messageVersion\": \"2.0\", \"apiPath\": \"/things\", \"httpMethod\": \"POST\"}",
                "{\"messageVersion\": \"1.0\", \"function\": \"f\", \"actionGroup\": \"things\"}",
                "{\"apiPath\": \"/things\", \"httpMethod\": \"POST\", \"parameters\": \"nope\"}")) {
            JsonNode env = envelope(router().handleJson(bad));
            assertThat(env.at("/response/httpStatusCode").asInt()).as(bad).isEqualTo(400);
            assertThat(body(env).get("message").asText()).as(bad).isNotBlank();
        }
    }

    @Test
    void handlerFailuresBecomeEnvelopesNeverExceptions() throws Exception {
        JsonNode crash = envelope(router((a, i) -> {
            throw new IllegalStateException("boom");
        }).handleJson(event("/things", "POST", List.of(), List.of(p("name", "string", "x")))));
        assertThat(crash.at("/response/httpStatusCode").asInt()).isEqualTo(500);
        assertThat(body(crash).get("error").asText()).isEqualTo("internal_error");
        assertThat(body(crash).get("message").asText()).contains("boom");

        JsonNode notFound = envelope(router((a, i) -> {
            throw ActionException.notFound("no such thing");
        }).handleJson(event("/things", "POST", List.of(), List.of(p("name", "string", "x")))));
        assertThat(notFound.at("/response/httpStatusCode").asInt()).isEqualTo(404);
        assertThat(body(notFound).get("message").asText()).isEqualTo("no such thing");

        JsonNode nothing = envelope(router((a, i) -> null)
                .handleJson(event("/things", "POST", List.of(), List.of(p("name", "string", "x")))));
        assertThat(nothing.at("/response/httpStatusCode").asInt()).isEqualTo(500);

        JsonNode overflow = envelope(router((a, i) -> {
            throw new StackOverflowError();
        }).handleJson(event("/things", "POST", List.of(), List.of(p("name", "string", "x")))));
        assertThat(overflow.at("/response/httpStatusCode").asInt()).isEqualTo(500);
    }

    @Test
    void eventsBuiltForAnOperationRoundTripThroughTheRouter() {
        ActionGroupSchema schema = ActionGroupSchema.parse("things", SCHEMA);
        ActionGroupEvent event = ActionGroupEvents.request(schema.byOperationId("makeThing").orElseThrow(), "things",
                Map.of("name", "n", "count", 3, "active", false, "tags", List.of("x")), null, "s", "in", Map.of());
        assertThat(event.parametersOrEmpty()).isEmpty();
        assertThat(event.bodyProperties()).allSatisfy(p -> assertThat(p.value()).isInstanceOf(String.class));
        ActionGroupResponse response = router().handle(event);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(seen.get().asMap()).containsEntry("count", 3L).containsEntry("active", false)
                .containsEntry("tags", List.of("x"));
    }

    @Test
    void everyOperationMustHaveAHandler() {
        ActionGroupSchema schema = ActionGroupSchema.parse("things", SCHEMA);
        assertThatThrownBy(() -> ActionGroupRouter.forSchema(schema).on("getThing", (a, i) -> null).build())
                .hasMessageContaining("makeThing");
        assertThatThrownBy(() -> ActionGroupRouter.forSchema(schema).on("nope", (a, i) -> null))
                .hasMessageContaining("nope");
    }
}
