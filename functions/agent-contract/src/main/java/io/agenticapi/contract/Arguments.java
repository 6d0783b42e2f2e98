package io.agenticapi.contract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An operation's arguments, bound from the event's parameters and body properties and converted to their
 * declared types (String, Long, Double, Boolean, List, Map). Only declared names are present.
 */
public final class Arguments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Object> values;

    public Arguments(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Optional<String> string(String name) {
        Object v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    /** A string that may be absent or blank: blank is treated as absent, as models often send "". */
    public Optional<String> text(String name) {
        return string(name).filter(s -> !s.isBlank());
    }

    public String requireString(String name) {
        return text(name).orElseThrow(() -> ActionException.badRequest("missing required parameter '" + name + "'"));
    }

    public Optional<Long> integer(String name) {
        Object v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(((Number) v).longValue());
    }

    public Optional<Boolean> bool(String name) {
        Object v = values.get(name);
        return v == null ? Optional.empty() : Optional.of((Boolean) v);
    }

    /** Converts all arguments into a record or bean (snake_case names map through @JsonProperty). */
    public <T> T as(Class<T> type) {
        return JSON.convertValue(values, type);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
