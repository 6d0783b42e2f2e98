package io.agenticapi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds every schema in action-groups/ to Bedrock's rules for OpenAPI action groups. */
class ActionGroupSchemaLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"invoke_generator", "invoke_executor", "generate_code", "validate_code", "execute_code"})
    void followsBedrocksRules(String name) {
        ActionGroupSchema schema = ActionGroupSchema.load(name);
        JsonNode doc = schema.document();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(schema.operations()).isNotEmpty().hasSizeLessThanOrEqualTo(11);
        Set<String> ids = new HashSet<>();
        for (ActionGroupSchema.Operation op : schema.operations()) {
            assertThat(op.path()).startsWith("/");
            assertThat(op.operationId()).matches("[A-Za-z0-9_-]+");
            assertThat(ids.add(op.operationId())).as("unique operationId " + op.operationId()).isTrue();
            assertThat(op.description()).as(op.operationId() + " description").isNotBlank();
            JsonNode raw = doc.path("paths").path(op.path()).path(op.method().toLowerCase());
            assertThat(raw.path("responses").size()).as(op.operationId() + " responses").isPositive();
            if (List.of("GET", "DELETE").contains(op.method())) {
                assertThat(raw.has("requestBody")).as("no body on " + op.method()).isFalse();
            }
            for (ActionGroupSchema.Field field : op.fields()) {
                assertThat(field.type()).isIn("string", "number", "integer", "boolean", "array", "object");
                assertThat(field.description()).as(op.operationId() + "." + field.name() + " description")
                        .isNotBlank();
            }
        }
        assertThat(keysNamed(doc, "enum")).as("enum is not supported by Bedrock").isEmpty();
    }

    private static List<String> keysNamed(JsonNode node, String key) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(key)) {
                    found.add(e.getValue().toString());
                }
                found.addAll(keysNamed(e.getValue(), key));
            }
        } else if (node.isArray()) {
            node.forEach(child -> found.addAll(keysNamed(child, key)));
        }
        return found;
    }
}
