package io.agenticapi.contract;

import java.util.Map;

/**
 * What an action handler answers: an HTTP status and a body that the router serializes to JSON.
 * Session attributes, when given, replace the event's in the response.
 */
public record ActionResult(int status, Object body, Map<String, String> sessionAttributes) {

    public static ActionResult ok(Object body) {
        return new ActionResult(200, body, null);
    }

    public static ActionResult of(int status, Object body) {
        return new ActionResult(status, body, null);
    }

    public ActionResult withSessionAttributes(Map<String, String> attributes) {
        return new ActionResult(status, body, attributes);
    }
}
