package io.agenticapi.planner;

import java.util.List;
import java.util.Map;

/**
 * One Stripe API operation from the committed table.
 *
 * @param key         service-style name, e.g. {@code customers.create}, {@code checkout.sessions.list}
 * @param method      Stripe's SDK method name ({@code create}, {@code update}, {@code confirm}...)
 * @param type        Stripe's method type: create, list, retrieve, update, delete, search or custom
 * @param http        HTTP verb, lower case
 * @param path        URL path with its {@code {id}} variable, if any
 * @param takesId     whether the call needs the object's id (the path has a variable)
 * @param description first sentence of Stripe's description
 * @param params      top-level parameter name to JSON type (string, integer, boolean, number, object, array)
 * @param required    parameters Stripe requires
 */
record StripeOperation(String key, String method, String type, String http, String path, boolean takesId,
                       String description, Map<String, String> params, List<String> required) {

    StripeOperation {
        params = params == null ? Map.of() : params;
        required = required == null ? List.of() : List.copyOf(required);
    }

    boolean accepts(String param) {
        return params.containsKey(param);
    }
}
