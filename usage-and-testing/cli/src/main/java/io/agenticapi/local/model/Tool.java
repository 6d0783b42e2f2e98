package io.agenticapi.local.model;

import io.agenticapi.contract.ActionGroupSchema;

/** One callable operation: an action group's OpenAPI operation, as a model tool. */
public record Tool(String actionGroup, ActionGroupSchema.Operation operation) {
    /** The tool name a model uses; unique per agent. */
    public String name() {
        return actionGroup + "__" + operation.operationId();
    }
}
