package io.agenticapi.local.approval;

import io.agenticapi.sandbox.ApiRequest;
import io.agenticapi.sandbox.ApiResponse;
import io.agenticapi.sandbox.ApiTransport;

import java.util.Locale;
import java.util.Map;

/**
 * The second line behind the approval gate: every API request that is not a read (anything but GET) is refused
 * unless the run it belongs to was approved to write. It catches writes the static check cannot see (methods on
 * objects the script got back, such as customer.save()). A refused request gets a Stripe-shaped 403 error, so
 * the script sees a PermissionError and nothing reaches the API.
 */
public final class WriteGuardTransport implements ApiTransport {
    private final ApiTransport delegate;
    private volatile boolean writesAllowed;

    public WriteGuardTransport(ApiTransport delegate) {
        this.delegate = delegate;
    }

    /** Set by the gate around one execution; false again afterwards. */
    void allowWrites(boolean allowed) {
        this.writesAllowed = allowed;
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        String method = request.method() == null ? "" : request.method().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || writesAllowed) {
            return delegate.send(request);
        }
        String message = "debug-trace refused " + method + " " + pathOnly(request.path()) + ": writes need the user's "
                + "approval and this run was not approved to write (the static check did not see this call; "
                + "use --approve auto to allow it)";
        return new ApiResponse(403, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"write_refused\","
                + "\"message\":\"" + message.replace("\"", "'") + "\"}}",
                Map.of("Content-Type", "application/json", "Request-Id", "req_write_refused"));
    }

    private static String pathOnly(String path) {
        int q = path == null ? -1 : path.indexOf('?');
        return q < 0 ? String.valueOf(path) : path.substring(0, q);
    }

    @Override
    public String baseUrl() {
        return delegate.baseUrl();
    }
}
