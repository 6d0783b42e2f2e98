package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny Stripe-shaped HTTP server on 127.0.0.1 for end-to-end tests of the shim, bridge and transport. */
final class FakeStripeServer implements AutoCloseable {

    record Received(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", e.getValue());
                }
            }
            return null;
        }

        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            String raw = method.equals("POST") ? body : uri.contains("?") ? uri.substring(uri.indexOf('?') + 1) : "";
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            return form;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String expectedKey;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestIds = new AtomicInteger();
    private final Map<String, ObjectNode> customers = new java.util.concurrent.ConcurrentHashMap<>();

    FakeStripeServer(String expectedKey) throws IOException {
        this.expectedKey = expectedKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        int status = 200;
        String json;
        if (!("Bearer " + expectedKey).equals(request.header("Authorization"))) {
            status = 401;
            json = error("invalid_request_error", null, "Invalid API Key provided", null);
        } else {
            Object[] reply = route(request);
            status = (int) reply[0];
            json = (String) reply[1];
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_" + requestIds.incrementAndGet());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Object[] route(Received request) {
        String path = request.uri().split("\\?")[0];
        Map<String, String> form = request.form();
        String method = request.method();
        if (method.equals("POST") && path.equals("/v1/customers")) {
            ObjectNode created = customer("cus_test_1", form);
            customers.put("cus_test_1", created);
            return ok(created);
        }
        if (method.equals("GET") && path.equals("/v1/customers")) {
            boolean second = "cus_2".equals(form.get("starting_after"));
            ArrayNode data = JSON.createArrayNode();
            for (String id : second ? List.of("cus_3") : List.of("cus_1", "cus_2")) {
                data.add(customer(id, Map.of("email", id + "@test.com")));
            }
            ObjectNode list = JSON.createObjectNode().put("object", "list").put("url", "/v1/customers")
                    .put("has_more", !second);
            list.set("data", data);
            return ok(list);
        }
        if (method.equals("GET") && path.equals("/v1/customers/search")) {
            ObjectNode result = JSON.createObjectNode().put("object", "search_result").put("has_more", false)
                    .put("url", "/v1/customers/search");
            result.putNull("next_page");
            result.putArray("data").add(customer("cus_1", Map.of("email", "alice@test.com")));
            return ok(result);
        }
        if (method.equals("GET") && path.equals("/v1/customers/cus_echo")) {
            ObjectNode echo = customer("cus_echo", Map.of());
            echo.put("description", "seen key " + request.header("Authorization"));
            return ok(echo);
        }
        if (path.startsWith("/v1/customers/cus_missing")) {
            return new Object[] {404, error("invalid_request_error", "resource_missing",
                    "No such customer: 'cus_missing'", "id")};
        }
        if (path.matches("/v1/customers/cus_[A-Za-z0-9_]+")) {
            String id = path.substring("/v1/customers/".length());
            if (method.equals("DELETE")) {
                customers.remove(id);
                return ok(JSON.createObjectNode().put("id", id).put("object", "customer").put("deleted", true));
            }
            ObjectNode stored = customers.computeIfAbsent(id, k -> customer(k, Map.of()));
            if (method.equals("POST")) {
                ObjectNode update = customer(id, form);
                update.properties().forEach(e -> {
                    if (!e.getValue().isNull() && !e.getKey().equals("metadata")) {
                        stored.set(e.getKey(), e.getValue());
                    }
                });
                ((ObjectNode) stored.get("metadata")).setAll((ObjectNode) update.get("metadata"));
            }
            return ok(stored);
        }
        if (method.equals("POST") && path.equals("/v1/payment_intents")) {
            if ("pm_card_chargeDeclined".equals(form.get("payment_method"))) {
                ObjectNode body = JSON.createObjectNode();
                body.putObject("error").put("type", "card_error").put("code", "card_declined")
                        .put("decline_code", "insufficient_funds").put("param", "payment_method")
                        .put("message", "Your card has insufficient funds.");
                return new Object[] {402, body.toString()};
            }
            return ok(JSON.createObjectNode().put("id", "pi_1").put("object", "payment_intent")
                    .put("amount", Integer.parseInt(form.getOrDefault("amount", "0")))
                    .put("currency", form.get("currency")).put("status", "requires_confirmation"));
        }
        if (method.equals("POST") && path.equals("/v1/payment_intents/pi_1/confirm")) {
            return ok(JSON.createObjectNode().put("id", "pi_1").put("object", "payment_intent")
                    .put("status", "succeeded"));
        }
        if (path.equals("/v1/balance")) {
            return new Object[] {429, error("invalid_request_error", "rate_limit", "Too many requests", null)};
        }
        return new Object[] {404, error("invalid_request_error", null,
                "Unrecognized request URL (" + method + ": " + path + ")", null)};
    }

    private static ObjectNode customer(String id, Map<String, String> form) {
        ObjectNode customer = JSON.createObjectNode().put("id", id).put("object", "customer")
                .put("livemode", false);
        customer.put("name", form.get("name"));
        customer.put("email", form.get("email"));
        ObjectNode metadata = customer.putObject("metadata");
        form.forEach((k, v) -> {
            if (k.startsWith("metadata[")) {
                metadata.put(k.substring("metadata[".length(), k.length() - 1), v);
            }
        });
        customer.putObject("invoice_settings").putNull("default_payment_method");
        return customer;
    }

    private static Object[] ok(ObjectNode body) {
        return new Object[] {200, body.toString()};
    }

    private static String error(String type, String code, String message, String param) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("type", type).put("message", message);
        if (code != null) {
            error.put("code", code);
        }
        if (param != null) {
            error.put("param", param);
        }
        return body.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
