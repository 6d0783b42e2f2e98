package io.agenticapi.local.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.contract.ActionGroupSchema;

/** One callable operation: an action group's OpenAPI operation, as a model tool. */
public record Tool(String actionGroup, ActionGroupSchema.Operation operation) {
    /** The tool name a model uses; unique per agent, and within every provider's name rules ([a-zA-Z0-9_-]{1,64}). */
    public String name() {
        return actionGroup + "__" + operation.operationId();
    }

    public String description() {
        return ToolSchemas.description(operation);
    }

    public ObjectNode inputSchema() {
        return ToolSchemas.inputSchema(operation);
    }
}
