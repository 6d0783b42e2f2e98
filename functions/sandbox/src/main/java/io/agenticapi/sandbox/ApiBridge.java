package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.graalvm.polyglot.HostAccess;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one host method the guest's {@code stripe} shim calls. It ignores any key the guest has, adds the real key
 * of the current run, sends the request only to the run's transport (its base URL), records the call, and answers
 * plain JSON: the guest never sees a Java exception or the key.
 */
public final class ApiBridge {

    /** Calls one run may make; beyond this the guest gets connection errors (runaway paging loops). */
    static final int MAX_CALLS_PER_RUN = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("^/v[12]/[A-Za-z0-9_.~%\\-/]*$");
    private static final Pattern HEADER_VALUE = Pattern.compile("^[\\x20-\\x7E]{1,255}$");
    private static final Map<String, String> OPTION_HEADERS = Map.of(
            "idempotency_key", "Idempotency-Key",
            "stripe_account", "Stripe-Account",
            "stripe_version", "Stripe-Version",
            "stripe_context", "Stripe-Context");
    private static final List<String> FORWARDED_HEADERS =
            List.of("request-id", "idempotent-replayed", "stripe-version", "stripe-should-retry");

    /** What the current run allows: the real key, where to send, how to redact, where to record. */
    record Binding(ExecutionRequest request, SecretRedactor redactor, List<ApiCall> calls) {
    }

    private volatile Binding binding;

    ApiBridge() {
    }

    void bind(Binding value) {
        this.binding = value;
    }

    void unbind() {
        this.binding = null;
    }

    /**
     * Sends one request for the guest.
     *
     * @param method      GET, POST or DELETE
     * @param path        e.g. "/v1/customers/cus_1" (no host, no query)
     * @param paramsJson  parameters as a JSON object (form-encoded here)
     * @param optionsJson request options: idempotency_key, stripe_account, stripe_version, stripe_context
     * @return JSON {"status": int, "body": str, "headers": {...}}; status 0 means no response
     */
    @HostAccess.Export
    public String request(String method, String path, String paramsJson, String optionsJson) {
        Binding current = binding;
        if (current == null) {
            return answer(0, "no sandbox run is active", Map.of());
        }
        try {
            return send(current, method, path, paramsJson, optionsJson);
        } catch (RuntimeException e) {
            return answer(0, "the sandbox could not send the request: " + e.getClass().getSimpleName(), Map.of());
        }
    }

    private String send(Binding run, String method, String path, String paramsJson, String optionsJson) {
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "DELETE").contains(verb)) {
            return answer(0, "unsupported HTTP method: " + method, Map.of());
        }
        String problem = pathProblem(path);
        if (problem != null) {
            return answer(0, problem, Map.of());
        }
        synchronized (run.calls()) {
            if (run.calls().size() >= MAX_CALLS_PER_RUN) {
                return answer(0, "this run reached the limit of " + MAX_CALLS_PER_RUN + " API calls", Map.of());
            }
        }
        String form = FormEncoding.encode(parseObject(paramsJson));
        Map<String, String> headers = headers(parseObject(optionsJson));
        boolean bodyless = !verb.equals("POST");
        String fullPath = bodyless && !form.isEmpty() ? path + "?" + form : path;
        ApiRequest request = new ApiRequest(verb, fullPath, bodyless ? null : form, headers, run.request().apiKey());

        ApiTransport transport = run.request().transport();
        long start = System.nanoTime();
        ApiResponse response;
        if (transport == null) {
            response = ApiResponse.connectionFailure("no API transport is configured for this run");
        } else {
            try {
                response = transport.send(request);
            } catch (RuntimeException e) {
                response = ApiResponse.connectionFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (response == null) {
                response = ApiResponse.connectionFailure("the transport returned no response");
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        SecretRedactor redactor = run.redactor();
        String requestId = response.header("Request-Id");
        synchronized (run.calls()) {
            run.calls().add(new ApiCall(verb, redactor.redact(fullPath), response.status(), millis, requestId));
        }
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (String name : FORWARDED_HEADERS) {
            String value = response.header(name);
            if (value != null) {
                forwarded.put(name, redactor.redact(value));
            }
        }
        return answer(response.status(), redactor.redact(response.body()), forwarded);
    }

    /** Why the path may not be sent, or null when it may. */
    static String pathProblem(String path) {
        if (path == null || path.length() > 2000 || !PATH.matcher(path).matches()) {
            return "the sandbox only sends requests to API paths like /v1/customers: " + path;
        }
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "relative path segments are not allowed: " + path;
            }
        }
        if (decoded.contains("?") || decoded.contains("#") || decoded.contains("\\")) {
            return "the path must not carry a query or fragment: " + path;
        }
        return null;
    }

    private static Map<String, String> headers(JsonNode options) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (options == null) {
            return headers;
        }
        OPTION_HEADERS.forEach((option, header) -> {
            JsonNode value = options.get(option);
            if (value != null && value.isValueNode() && !value.isNull()) {
                String text = value.asText();
                if (HEADER_VALUE.matcher(text).matches()) {
                    headers.put(header, text);
                }
            }
        });
        return headers;
    }

    private static JsonNode parseObject(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String answer(int status, String body, Map<String, String> headers) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", status);
        node.put("body", body == null ? "" : body);
        ObjectNode h = node.putObject("headers");
        headers.forEach(h::put);
        return node.toString();
    }
}
