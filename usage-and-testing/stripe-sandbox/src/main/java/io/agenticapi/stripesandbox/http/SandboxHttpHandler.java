package io.agenticapi.stripesandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.SandboxApi;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.catalog.ResponseShape;
import io.agenticapi.stripesandbox.catalog.RouteMatch;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The HTTP face of the sandbox: authentication, request ids and headers, routing, form decoding and validation,
 * idempotency, then {@link SandboxApi}; every answer JSON, every error in Stripe's shape.
 */
public final class SandboxHttpHandler implements HttpHandler {

    /** The API version answered when a request names none: the one the route catalog was derived from. */
    public static final String DEFAULT_API_VERSION = "2022-05-10";
    private static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");
    private static final byte[] PDF = "%PDF-1.4\n% offline Stripe sandbox placeholder\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final SandboxApi api;
    private final IdempotencyCache idempotency = new IdempotencyCache();
    private final Consumer<String> log;

    public SandboxHttpHandler(SandboxApi api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    public void reset() {
        idempotency.clear();
        api.reset();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String requestId = Ids.requestId();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        int status;
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Request-Id", requestId);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache, no-store");
            String version = exchange.getRequestHeaders().getFirst("Stripe-Version");
            exchange.getResponseHeaders().set("Stripe-Version", version != null ? version : DEFAULT_API_VERSION);
            status = serve(exchange, method, rawPath, new String(body, StandardCharsets.UTF_8), requestId);
        }
        log.accept(String.format(Locale.ROOT, "%s %s %s -> %d (%d ms)", requestId, method, rawPath, status,
                (System.nanoTime() - started) / 1_000_000));
    }

    private int serve(HttpExchange exchange, String method, String rawPath, String body, String requestId)
            throws IOException {
        String apiKey;
        RouteMatch match;
        try {
            apiKey = ApiKeyCheck.apiKey(exchange.getRequestHeaders().getFirst("Authorization"));
            match = (METHODS.contains(method) ? api.match(method, rawPath) : Optional.<RouteMatch>empty())
                    .orElseThrow(() -> StripeError.unrecognizedUrl(method, rawPath));
        } catch (StripeError e) {
            if (e.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Stripe\"");
            }
            return send(exchange, e.status(), json(e.body()));
        }
        String query = exchange.getRequestURI().getRawQuery();
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (!"POST".equals(method) || idempotencyKey == null || idempotencyKey.isEmpty()) {
            return send(exchange, execute(exchange, match, method, rawPath, query, body));
        }
        IdempotencyCache.Decision decision;
        try {
            decision = idempotency.begin(apiKey, idempotencyKey, fingerprint(method, rawPath, query, body));
        } catch (StripeError e) {
            return send(exchange, e.status(), json(e.body()));
        }
        if (decision instanceof IdempotencyCache.Decision.Replay replay) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
            exchange.getResponseHeaders().set("Original-Request", replay.answer().requestId());
            return send(exchange, replay.answer().status(), replay.answer().body());
        }
        IdempotencyCache.Slot slot = ((IdempotencyCache.Decision.Run) decision).slot();
        Outcome outcome = null;
        try {
            outcome = execute(exchange, match, method, rawPath, query, body);
        } finally {
            // recorded before the answer leaves, so a client retrying right away finds it
            IdempotencyCache.Answer answer = outcome == null
                    ? new IdempotencyCache.Answer(500, new byte[0], requestId)
                    : new IdempotencyCache.Answer(outcome.status(), outcome.body(), requestId);
            idempotency.finish(apiKey, idempotencyKey, slot, answer, outcome != null && outcome.replayable());
        }
        return send(exchange, outcome);
    }

    /** An answer, and whether Stripe would save it for idempotent replay (it started executing, no crash). */
    private record Outcome(int status, byte[] body, String contentType, boolean replayable) {
    }

    private Outcome execute(HttpExchange exchange, RouteMatch match, String method, String rawPath, String query,
                            String body) {
        ObjectNode params;
        try {
            FormNode.Branch form = FormDecoder.decode(query);
            if ("POST".equals(method)) {
                checkContentType(exchange.getRequestHeaders().getFirst("Content-Type"), body);
                form.children().putAll(FormDecoder.decode(body).children());
            }
            params = ParamValidator.validate(match.route().params(), form);
        } catch (StripeError e) {
            return new Outcome(e.status(), json(e.body()), "application/json", false);
        }
        try {
            if (ResponseShape.BINARY.equals(match.route().returns().kind())) {
                return new Outcome(200, PDF, "application/pdf", true);
            }
            JsonNode answer = api.handle(new ApiRequest(match, rawPath, params));
            return new Outcome(200, json(answer), "application/json", true);
        } catch (StripeError e) {
            return new Outcome(e.status(), json(e.body()), "application/json", true);
        } catch (RuntimeException e) {
            System.err.println("offline Stripe sandbox: unexpected error for " + method + " " + rawPath);
            e.printStackTrace();
            StripeError error = new StripeError(500, StripeError.API_ERROR, null,
                    "An unexpected error occurred in the offline Stripe sandbox: " + e, null, null);
            return new Outcome(500, json(error.body()), "application/json", false);
        }
    }

    private static void checkContentType(String contentType, String body) {
        if (body.isEmpty() || contentType == null) {
            return;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            throw StripeError.invalidRequest("Invalid request: the Stripe API takes form-encoded bodies "
                    + "(application/x-www-form-urlencoded), not JSON.", null);
        }
        if (type.startsWith("multipart/")) {
            throw StripeError.invalidRequest("Invalid request: multipart uploads (files) are not supported by the "
                    + "offline Stripe sandbox.", null);
        }
    }

    /** Same method, path and parameters (in any order) ⇒ same fingerprint. */
    private static String fingerprint(String method, String rawPath, String query, String body) {
        String[] pairs = ((query == null ? "" : query) + "&" + body).split("&");
        Arrays.sort(pairs);
        return method + " " + rawPath + "\n" + String.join("&", pairs);
    }

    private static int send(HttpExchange exchange, Outcome outcome) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", outcome.contentType());
        return write(exchange, outcome.status(), outcome.body());
    }

    private static int send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        return write(exchange, status, body);
    }

    private static int write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    private static byte[] json(JsonNode node) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
