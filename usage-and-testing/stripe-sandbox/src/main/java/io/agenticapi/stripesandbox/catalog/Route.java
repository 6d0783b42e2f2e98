package io.agenticapi.stripesandbox.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation of the API: method, path template, the parameters it accepts (query for GET/DELETE, form body for
 * POST) and the shape of its answer.
 */
@JsonPropertyOrder({"method", "path", "operationId", "returns", "params"})
public record Route(String method, String path, String operationId, ResponseShape returns, ParamSpec params) {

    /** Names of the {placeholders} in the path, in order. */
    @JsonIgnore
    public List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        for (String segment : segments()) {
            if (isPlaceholder(segment)) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    @JsonIgnore
    public List<String> segments() {
        return List.of(path.substring(1).split("/"));
    }

    static boolean isPlaceholder(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @JsonIgnore
    public String key() {
        return method + " " + path;
    }
}
