package io.agenticapi.sandbox;

/**
 * Sends one API request on behalf of the guest. Implementations must not throw for HTTP errors: they return the
 * status and body; network failures become a status-0 response.
 */
public interface ApiTransport {

    ApiResponse send(ApiRequest request);

    /** The only base URL requests go to, e.g. "https://api.stripe.com" or "http://127.0.0.1:12111". */
    String baseUrl();
}
