package io.agenticapi.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.contract.ActionGroupSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every action-group operation becomes a tool with a JSON schema a model API accepts. */
class ToolSchemasTest {
    private static final List<String> GROUPS =
            List.of("generate_code", "validate_code", "execute_code", "invoke_generator", "invoke_executor");

    @Test
    void everyOperationHasANamedDescribedObjectSchema() {
        for (String group : GROUPS) {
            for (ActionGroupSchema.Operation op : ActionGroupSchema.load(group).operations()) {
                Tool tool = new Tool(group, op);
                assertThat(tool.name()).matches("[a-zA-Z0-9_-]{1,64}");
                assertThat(tool.description()).isNotBlank();
                JsonNode schema = tool.inputSchema();
                assertThat(schema.get("type").asText()).isEqualTo("object");
                assertThat(schema.get("properties").size()).as(tool.name()).isEqualTo(op.fields().size());
                schema.get("properties").forEach(p -> {
                    assertThat(p.get("type").asText()).isNotBlank();
                    assertThat(p.get("description").asText()).isNotBlank();
                });
                assertThat(schema.toString()).doesNotContain("\"x-");
            }
        }
    }

    @Test
    void requiredFieldsAndTypesComeFromTheOpenApiText() {
        ActionGroupSchema.Operation generate = ActionGroupSchema.load("generate_code").operations().getFirst();
        JsonNode schema = ToolSchemas.inputSchema(generate);
        assertThat(schema.get("required")).extracting(JsonNode::asText).contains("code", "task_description")
                .doesNotContain("previous_code_key");
        assertThat(schema.at("/properties/previous_code_key/description").asText()).contains("fix");
        // execute_code asks Bedrock for the user's confirmation; that is not part of the model's tool
        ActionGroupSchema.Operation execute = ActionGroupSchema.load("execute_code").operations().getFirst();
        assertThat(execute.requiresConfirmation()).isTrue();
        assertThat(ToolSchemas.inputSchema(execute).toString()).doesNotContain("requireConfirmation");
    }
}
