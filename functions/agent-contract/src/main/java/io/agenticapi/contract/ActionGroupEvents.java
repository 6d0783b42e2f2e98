package io.agenticapi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds events exactly as Bedrock Agents would send them for a call to an operation: every value serialized to a
 * string, parameters in {@code parameters}, body properties in requestBody.content."application/json".properties.
 * The local runtime uses it so that the real handlers receive the real contract.
 */
public final class ActionGroupEvents {
    private ActionGroupEvents() {
    }

    public static ActionGroupEvent request(ActionGroupSchema.Operation operation, String actionGroup,
                                           Map<String, ?> arguments, ActionGroupEvent.Agent agent,
                                           String sessionId, String inputText, Map<String, String> sessionAttributes) {
        List<ActionGroupEvent.Parameter> parameters = new ArrayList<>();
        List<ActionGroupEvent.Parameter> properties = new ArrayList<>();
        for (Map.Entry<String, ?> arg : arguments.entrySet()) {
            if (arg.getValue() == null) {
                continue;
            }
            ActionGroupSchema.Field field = operation.field(arg.getKey()).orElse(null);
            String type = field == null ? "string" : field.type();
            ActionGroupEvent.Parameter p = new ActionGroupEvent.Parameter(arg.getKey(), type, asString(arg.getValue()));
            if (field != null && !field.inBody()) {
                parameters.add(p);
            } else {
                properties.add(p);
            }
        }
        ActionGroupEvent.RequestBody body = properties.isEmpty() ? null : new ActionGroupEvent.RequestBody(
                Map.of(ActionGroupEvent.JSON, new ActionGroupEvent.Content(properties)));
        return new ActionGroupEvent(ActionGroupEvent.MESSAGE_VERSION, agent, inputText, sessionId, actionGroup,
                operation.path(), operation.method(), parameters, body,
                sessionAttributes == null ? Map.of() : sessionAttributes, Map.of());
    }

    private static String asString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return ActionGroupRouter.toJson(value);
    }
}
