package io.agenticapi.stripesandbox.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The declared shape of one request parameter, reduced from the OpenAPI spec to what validation needs.
 *
 * <p>Exactly one of {@code type} or {@code anyOf} is set. {@code type} is one of string, integer, number, boolean,
 * object, array. Objects list their {@code properties} (closed set) or declare {@code additional} (a map whose
 * values all have that shape, like metadata) or are {@code free} (anything goes).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParamSpec(
        String type,
        @JsonProperty("enum") List<String> enumValues,
        String format,
        Map<String, ParamSpec> properties,
        List<String> required,
        ParamSpec additional,
        Boolean free,
        ParamSpec items,
        List<ParamSpec> anyOf) {

    public static final String STRING = "string";
    public static final String INTEGER = "integer";
    public static final String NUMBER = "number";
    public static final String BOOLEAN = "boolean";
    public static final String OBJECT = "object";
    public static final String ARRAY = "array";

    @JsonIgnore
    public boolean isUnion() {
        return anyOf != null && !anyOf.isEmpty();
    }

    @JsonIgnore
    public boolean isObject() {
        return OBJECT.equals(type);
    }

    @JsonIgnore
    public boolean isArray() {
        return ARRAY.equals(type);
    }

    @JsonIgnore
    public boolean isScalar() {
        return type != null && !isObject() && !isArray();
    }

    /** The "pass an empty string to unset" alternative Stripe puts in many unions. */
    @JsonIgnore
    public boolean isEmptyStringMarker() {
        return STRING.equals(type) && enumValues != null && enumValues.equals(List.of(""));
    }

    @JsonIgnore
    public boolean isFreeForm() {
        return Boolean.TRUE.equals(free);
    }

    @JsonIgnore
    public Map<String, ParamSpec> propertiesOrEmpty() {
        return properties == null ? Map.of() : properties;
    }

    @JsonIgnore
    public List<String> requiredOrEmpty() {
        return required == null ? List.of() : required;
    }
}
