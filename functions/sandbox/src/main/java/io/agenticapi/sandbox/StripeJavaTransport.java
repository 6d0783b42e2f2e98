package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.net.ApiResource;
import com.stripe.net.HttpClient;
import com.stripe.net.HttpURLConnectionClient;
import com.stripe.net.RawRequestOptions;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends guest API requests with stripe-java's {@code StripeClient.rawRequest} to one base URL (Stripe itself or
 * the offline Stripe sandbox). Never throws for HTTP errors: stripe-java raises an exception for every non-2xx
 * answer, so the raw status, headers and body are taken from the HTTP exchange itself and returned as they came.
 * Network failures become a status-0 response.
 */
public final class StripeJavaTransport implements ApiTransport {

    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
    public static final int DEFAULT_READ_TIMEOUT_MS = 30_000;
    public static final int MAX_NETWORK_RETRIES = 2;
    private static final int MAX_CACHED_CLIENTS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final RecordingHttpClient http = new RecordingHttpClient();
    private final Map<String, StripeClient> clients = new ConcurrentHashMap<>();

    public StripeJavaTransport(String baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS);
    }

    public StripeJavaTransport(String baseUrl, int connectTimeoutMs, int readTimeoutMs) {
        this.baseUrl = validBaseUrl(baseUrl);
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    private static String validBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("the API base URL must be an http(s) URL with a host: " + baseUrl);
        }
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        if (request.apiKey() == null || request.apiKey().isBlank()) {
            return new ApiResponse(401, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                    + "\"No API key is configured for the sandbox run.\"}}", Map.of());
        }
        ApiResource.RequestMethod method;
        try {
            method = ApiResource.RequestMethod.valueOf(request.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiResponse.connectionFailure("unsupported HTTP method " + request.method());
        }
        RawRequestOptions.RawRequestOptionsBuilder options = RawRequestOptions.builder();
        Map<String, String> additional = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "idempotency-key" -> options.setIdempotencyKey(value);
                case "stripe-account" -> options.setStripeAccount(value);
                case "stripe-context" -> options.setStripeContext(value);
                default -> additional.put(name, value);
            }
        });
        if (!additional.isEmpty()) {
            options.setAdditionalHeaders(additional);
        }
        String content = method == ApiResource.RequestMethod.POST
                ? (request.formBody() == null ? "" : request.formBody()) : null;
        http.clear();
        try {
            StripeResponse response = client(request.apiKey()).rawRequest(method, request.path(), content,
                    options.build());
            return toApiResponse(response);
        } catch (ApiConnectionException e) {
            return ApiResponse.connectionFailure(e.getMessage());
        } catch (StripeException e) {
            StripeResponse raw = http.last();
            if (raw != null) {
                return toApiResponse(raw); // the error exactly as the server sent it
            }
            int status = e.getStatusCode() == null ? 0 : e.getStatusCode();
            return status == 0 ? ApiResponse.connectionFailure(e.getMessage())
                    : new ApiResponse(status, errorBody(e), Map.of());
        } catch (RuntimeException e) {
            return ApiResponse.connectionFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            http.clear();
        }
    }

    private StripeClient client(String apiKey) {
        if (clients.size() > MAX_CACHED_CLIENTS) {
            clients.clear();
        }
        return clients.computeIfAbsent(apiKey, key -> StripeClient.builder()
                .setApiKey(key)
                .setApiBase(baseUrl)
                .setConnectTimeout(connectTimeoutMs)
                .setReadTimeout(readTimeoutMs)
                // like stripe-python's max_network_retries: stripe-java adds an Idempotency-Key to POSTs that it
                // may retry, so a retried create never runs twice
                .setMaxNetworkRetries(MAX_NETWORK_RETRIES)
                .setHttpClient(http)
                .build());
    }

    private static ApiResponse toApiResponse(StripeResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (header.getKey() != null && !header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        return new ApiResponse(response.code(), response.body(), headers);
    }

    private static String errorBody(StripeException e) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("type", "api_error");
        error.put("message", e.getMessage() == null ? "" : e.getMessage());
        return body.toString();
    }

    /** stripe-java's own HTTP client, remembering the last raw exchange of the calling thread. */
    private static final class RecordingHttpClient extends HttpClient {
        private final HttpURLConnectionClient delegate = new HttpURLConnectionClient();
        private final ThreadLocal<StripeResponse> last = new ThreadLocal<>();

        @Override
        public StripeResponse request(StripeRequest request) throws StripeException {
            StripeResponse response = delegate.request(request);
            last.set(response);
            return response;
        }

        StripeResponse last() {
            return last.get();
        }

        void clear() {
            last.remove();
        }
    }
}
