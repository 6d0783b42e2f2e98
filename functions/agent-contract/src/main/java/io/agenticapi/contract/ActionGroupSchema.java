package io.agenticapi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An action group's OpenAPI 3.0.0 schema, reduced to what the contract needs: operations with their declared
 * parameters and request-body properties. The same file is given to Bedrock by Terraform and read here.
 */
public final class ActionGroupSchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A declared input: a path/query parameter or a property of the JSON request body. */
    public record Field(String name, String type, boolean required, String description, boolean inBody,
                        JsonNode schema) {
    }

    public record Operation(String operationId, String path, String method, String summary, String description,
                            List<Field> fields, boolean requiresConfirmation) {
        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        public List<Field> parameters() {
            return fields.stream().filter(f -> !f.inBody()).toList();
        }

        public List<Field> bodyProperties() {
            return fields.stream().filter(Field::inBody).toList();
        }
    }

    private final String name;
    private final JsonNode document;
    private final List<Operation> operations;

    private ActionGroupSchema(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        this.operations = List.copyOf(readOperations(document));
    }

    /** Loads {@code action-groups/<name>.json} from the classpath (the agent-contract jar carries them). */
    public static ActionGroupSchema load(String name) {
        String resource = "action-groups/" + name + ".json";
        try (InputStream in = ActionGroupSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("action-group schema not on the classpath: " + resource);
            }
            return new ActionGroupSchema(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static ActionGroupSchema parse(String name, String json) {
        try {
            return new ActionGroupSchema(name, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse schema " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public JsonNode document() {
        return document;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Optional<Operation> find(String path, String method) {
        return operations.stream()
                .filter(op -> op.path().equals(path) && op.method().equalsIgnoreCase(method))
                .findFirst();
    }

    public Optional<Operation> byOperationId(String operationId) {
        return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
    }

    public boolean hasPath(String path) {
        return operations.stream().anyMatch(op -> op.path().equals(path));
    }

    private static List<Operation> readOperations(JsonNode doc) {
        List<Operation> result = new ArrayList<>();
        JsonNode paths = doc.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                result.add(readOperation(doc, path.getKey(), method, op.getValue()));
            }
        }
        return result;
    }

    private static Operation readOperation(JsonNode doc, String path, String method, JsonNode op) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode schema = resolve(doc, p.path("schema"));
            fields.put(p.path("name").asText(), new Field(p.path("name").asText(), typeOf(schema),
                    p.path("required").asBoolean(false), p.path("description").asText(""), false, schema));
        }
        JsonNode body = resolve(doc, op.path("requestBody").path("content").path(ActionGroupEvent.JSON).path("schema"));
        List<String> required = new ArrayList<>();
        body.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> props = body.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            JsonNode schema = resolve(doc, prop.getValue());
            fields.put(prop.getKey(), new Field(prop.getKey(), typeOf(schema), required.contains(prop.getKey()),
                    schema.path("description").asText(""), true, schema));
        }
        boolean confirm = "ENABLED".equalsIgnoreCase(op.path("x-requireConfirmation").asText(""));
        return new Operation(op.path("operationId").asText(), path, method, op.path("summary").asText(""),
                op.path("description").asText(""), List.copyOf(fields.values()), confirm);
    }

    private static String typeOf(JsonNode schema) {
        return schema.path("type").asText("string");
    }

    /** Follows a local {@code $ref} (#/components/...), the only kind an action-group schema may use. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#/")) {
            throw new IllegalStateException("only local $ref is supported: " + pointer);
        }
        return resolve(doc, doc.at(pointer.substring(1)));
    }
}
