package io.agenticapi.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.contract.ActionGroupSchema;

import java.util.Iterator;

/**
 * An action-group operation as a model tool: a JSON schema of an object whose properties are the operation's
 * parameters and request-body properties (types, descriptions, required), and a description from the
 * operation's summary and description. Bedrock Agents builds its tools from the same OpenAPI text.
 */
public final class ToolSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolSchemas() {
    }

    public static ObjectNode inputSchema(ActionGroupSchema.Operation operation) {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (ActionGroupSchema.Field field : operation.fields()) {
            ObjectNode property = field.schema() != null && field.schema().isObject()
                    ? ((ObjectNode) field.schema()).deepCopy() : JSON.createObjectNode();
            stripExtensions(property);
            if (!property.has("type")) {
                property.put("type", field.type());
            }
            if (field.description() != null && !field.description().isBlank()) {
                property.put("description", field.description());
            }
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** What the tool does, for the model to choose it: "summary. description". */
    public static String description(ActionGroupSchema.Operation operation) {
        String summary = operation.summary() == null ? "" : operation.summary().strip();
        String description = operation.description() == null ? "" : operation.description().strip();
        String text = summary.isEmpty() ? description
                : description.isEmpty() ? summary : summary + (summary.endsWith(".") ? " " : ". ") + description;
        return text.isEmpty() ? operation.operationId() : text;
    }

    /** OpenAPI extensions (x-...) mean nothing to a model's JSON-schema validator; some reject them. */
    private static void stripExtensions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (names.next().startsWith("x-")) {
                    names.remove();
                }
            }
            object.forEach(ToolSchemas::stripExtensions);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ToolSchemas::stripExtensions);
        }
    }
}
