package io.agenticapi.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The response an OpenAPI action group's Lambda returns to Bedrock Agents. The body is a JSON document
 * serialized into a string, under responseBody."application/json".body.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionGroupResponse(
        String messageVersion,
        Response response,
        Map<String, String> sessionAttributes,
        Map<String, String> promptSessionAttributes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(
            String actionGroup,
            String apiPath,
            String httpMethod,
            int httpStatusCode,
            Map<String, Body> responseBody) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String body) {
    }

    public int statusCode() {
        return response.httpStatusCode();
    }

    /** The body string (a JSON document), as the agent's model will read it. */
    public String body() {
        Body body = response.responseBody() == null ? null : response.responseBody().get(ActionGroupEvent.JSON);
        return body == null ? null : body.body();
    }
}
