package io.agenticapi.stripesandbox.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a route answers on success.
 *
 * @param kind   object, deleted (a {@code deleted_x} stub), list, search_result, or binary (a non-JSON document)
 * @param schema the component schema of the object (or of the list items), e.g. {@code deleted_customer}
 * @param object the value of that object's {@code object} field, e.g. {@code customer}, {@code checkout.session}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseShape(String kind, String schema, String object) {
    public static final String OBJECT = "object";
    public static final String DELETED = "deleted";
    public static final String LIST = "list";
    public static final String SEARCH = "search_result";
    public static final String BINARY = "binary";

    @JsonIgnore
    public boolean isCollection() {
        return LIST.equals(kind) || SEARCH.equals(kind);
    }
}
