package io.agenticapi.aws;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Says in plain words what an agent asked for when it returned control (a returnControl event, wire shape:
 * invocationId, invocationInputs[{apiInvocationInput | functionInvocationInput}]). This project runs every action
 * group in Lambda, so a returned control usually means an action group is set to RETURN_CONTROL or asks for
 * confirmation.
 */
final class ReturnControlText {
    private ReturnControlText() {
    }

    static String describe(JsonNode payload) {
        List<String> calls = new ArrayList<>();
        for (JsonNode member : payload.path("invocationInputs")) {
            JsonNode api = member.path("apiInvocationInput");
            JsonNode function = member.path("functionInvocationInput");
            if (api.isObject()) {
                calls.add(api.path("actionGroup").asText("?") + " " + api.path("httpMethod").asText("?") + " "
                        + api.path("apiPath").asText("?") + arguments(api.path("parameters"))
                        + type(api));
            } else if (function.isObject()) {
                calls.add(function.path("actionGroup").asText("?") + " " + function.path("function").asText("?")
                        + arguments(function.path("parameters")) + type(function));
            }
        }
        return "status: error\nThe agent returned control to its caller instead of answering (invocationId "
                + payload.path("invocationId").asText("?") + ")" + (calls.isEmpty() ? "." : ": it asks to run "
                + String.join("; ", calls) + ".")
                + " This deployment runs every action group in Lambda; check the action group's executor and "
                + "x-requireConfirmation.";
    }

    private static String arguments(JsonNode parameters) {
        StringBuilder text = new StringBuilder();
        for (JsonNode p : parameters) {
            text.append(text.isEmpty() ? " with " : ", ").append(p.path("name").asText()).append('=')
                    .append(p.path("value").asText());
        }
        return text.toString();
    }

    private static String type(JsonNode input) {
        String type = input.path("actionInvocationType").asText("");
        return type.isEmpty() ? "" : " [" + type + "]";
    }
}
