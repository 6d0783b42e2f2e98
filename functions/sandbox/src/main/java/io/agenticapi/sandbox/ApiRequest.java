package io.agenticapi.sandbox;

import java.util.Map;

/**
 * One HTTP request to the API.
 *
 * @param method   "GET", "POST" or "DELETE"
 * @param path     e.g. "/v1/customers"; for GET and DELETE including the query string
 * @param formBody application/x-www-form-urlencoded body for POST (null or empty otherwise)
 * @param headers  extra headers: Idempotency-Key, Stripe-Account, Stripe-Version
 * @param apiKey   the real key (added by the host, never from the guest)
 */
public record ApiRequest(String method, String path, String formBody, Map<String, String> headers, String apiKey) {

    public ApiRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    @Override
    public String toString() {
        // never print the key
        return "ApiRequest[" + method + " " + path + ", headers=" + headers.keySet() + "]";
    }
}
