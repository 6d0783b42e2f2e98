package io.agenticapi.sandbox;

/**
 * One API request the guest made through the host bridge.
 *
 * @param method     HTTP method
 * @param path       path incl. query, e.g. "/v1/customers?limit=3"
 * @param status     HTTP status (0 = no response: network failure or refused)
 * @param durationMs time spent in the transport
 * @param requestId  the Request-Id response header (null when absent)
 */
public record ApiCall(String method, String path, int status, long durationMs, String requestId) {
}
