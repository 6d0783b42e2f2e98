package io.agenticapi.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The event Bedrock Agents sends to an OpenAPI action group's Lambda (messageVersion 1.0).
 * Every parameter and property value arrives as a string; {@code type} tells the declared type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionGroupEvent(
        String messageVersion,
        Agent agent,
        String inputText,
        String sessionId,
        String actionGroup,
        String apiPath,
        String httpMethod,
        List<Parameter> parameters,
        RequestBody requestBody,
        Map<String, String> sessionAttributes,
        Map<String, String> promptSessionAttributes) {

    public static final String MESSAGE_VERSION = "1.0";
    public static final String JSON = "application/json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agent(String name, String id, String alias, String version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parameter(String name, String type, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestBody(Map<String, Content> content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(List<Parameter> properties) {
    }

    /** The request body's JSON properties, or an empty list when there is no body. */
    public List<Parameter> bodyProperties() {
        if (requestBody == null || requestBody.content() == null) {
            return List.of();
        }
        Content json = requestBody.content().get(JSON);
        return json == null || json.properties() == null ? List.of() : json.properties();
    }

    public List<Parameter> parametersOrEmpty() {
        return parameters == null ? List.of() : parameters;
    }
}
