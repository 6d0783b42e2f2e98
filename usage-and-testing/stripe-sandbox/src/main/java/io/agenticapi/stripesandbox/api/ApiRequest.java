package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.catalog.Route;
import io.agenticapi.stripesandbox.catalog.RouteMatch;
import io.agenticapi.stripesandbox.state.Json;

/** A request that passed authentication, routing and parameter validation. */
public record ApiRequest(RouteMatch match, String path, ObjectNode params) {

    public Route route() {
        return match.route();
    }

    /** The id the URL names: the value of the last path placeholder. */
    public String id() {
        return match.lastPathValue();
    }

    public String text(String param) {
        return Json.text(params, param);
    }

    public boolean has(String param) {
        JsonNode value = params.get(param);
        return value != null && !value.isNull();
    }

    public boolean flag(String param) {
        return params.path(param).asBoolean(false);
    }
}
