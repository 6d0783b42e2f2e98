package io.agenticapi.sandbox;

import java.util.Map;

/**
 * One HTTP response; status 0 means no response (network failure), with a message in body.
 *
 * @param status  HTTP status or 0
 * @param body    response body (JSON for Stripe)
 * @param headers response headers (single-valued)
 */
public record ApiResponse(int status, String body, Map<String, String> headers) {

    public ApiResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ApiResponse connectionFailure(String message) {
        return new ApiResponse(0, message, Map.of());
    }

    /** Header lookup ignoring case. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
