package io.agenticapi.stripesandbox.catalog;

import java.util.List;
import java.util.Map;

/** A route chosen for a concrete URL, with the values of its path placeholders (in path order). */
public record RouteMatch(Route route, Map<String, String> pathParams, List<String> pathValues) {

    /** The last path placeholder's value: the id of the object the URL names, if any. */
    public String lastPathValue() {
        return pathValues.isEmpty() ? null : pathValues.get(pathValues.size() - 1);
    }

    public String firstPathValue() {
        return pathValues.isEmpty() ? null : pathValues.get(0);
    }
}
