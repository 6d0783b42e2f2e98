package io.agenticapi.sandbox;

import java.time.Duration;

/**
 * What a run needs besides the code.
 *
 * @param api       "stripe" (null or blank: "stripe")
 * @param apiKey    the real key; it NEVER enters the guest, the host bridge adds it to outgoing requests
 * @param transport where API requests go (nullable: any API call then fails with a connection error)
 * @param wallClock limit of this run (nullable: the sandbox settings' limit)
 */
public record ExecutionRequest(String api, String apiKey, ApiTransport transport, Duration wallClock) {

    /** The APIs the sandbox has a guest shim for. */
    public static final java.util.Set<String> SUPPORTED_APIS = java.util.Set.of("stripe");

    public ExecutionRequest {
        api = api == null || api.isBlank() ? "stripe" : api.trim().toLowerCase(java.util.Locale.ROOT);
        if (!SUPPORTED_APIS.contains(api)) {
            throw new IllegalArgumentException("unsupported api '" + api + "'; supported: " + SUPPORTED_APIS);
        }
        if (wallClock != null && (wallClock.isNegative() || wallClock.isZero())) {
            throw new IllegalArgumentException("wallClock must be positive: " + wallClock);
        }
    }

    /** A run that makes no API calls. */
    public static ExecutionRequest offline() {
        return new ExecutionRequest("stripe", null, null, null);
    }

    public static ExecutionRequest stripe(String apiKey, ApiTransport transport) {
        return new ExecutionRequest("stripe", apiKey, transport, null);
    }

    public ExecutionRequest withWallClock(Duration value) {
        return new ExecutionRequest(api, apiKey, transport, value);
    }
}
