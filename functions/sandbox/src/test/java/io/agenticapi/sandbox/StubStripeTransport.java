package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only {@link ApiTransport} answering like Stripe without any network: creates, retrieves, updates,
 * deletes, lists, searches and actions on any /v1 collection, with Stripe's object shapes (id prefixes,
 * {@code object}, list and search envelopes), kept state per id, a card error for the declining test card and a
 * 404 for ids containing "missing". With {@code echoKey} it also echoes the key it received in every answer (body
 * and a header), so tests can prove the bridge redacts it before the guest sees it.
 */
final class StubStripeTransport implements ApiTransport {

    static final String DECLINING_CARD = "pm_card_chargeDeclined";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("customer", "cus"), Map.entry("payment_intent", "pi"), Map.entry("product", "prod"),
            Map.entry("price", "price"), Map.entry("subscription", "sub"), Map.entry("invoice", "in"),
            Map.entry("charge", "ch"), Map.entry("refund", "re"), Map.entry("coupon", "co"),
            Map.entry("checkout.session", "cs_test"), Map.entry("payment_method", "pm"),
            Map.entry("setup_intent", "seti"), Map.entry("event", "evt"), Map.entry("invoiceitem", "ii"),
            Map.entry("tax_rate", "txr"), Map.entry("payment_link", "plink"), Map.entry("promotion_code", "promo"),
            Map.entry("webhook_endpoint", "we"), Map.entry("subscription_item", "si"));
    /** Fields Stripe always returns (null when unset), so scripts reading them do not hit AttributeError. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "customer", List.of("email", "name", "description", "phone", "currency"),
            "payment_intent", List.of("amount", "currency", "customer", "description", "payment_method"),
            "product", List.of("name", "description"),
            "price", List.of("product", "unit_amount", "currency", "recurring", "nickname"),
            "subscription", List.of("customer", "cancel_at_period_end"),
            "invoice", List.of("customer", "amount_due", "currency", "hosted_invoice_url"),
            "refund", List.of("amount", "payment_intent", "charge", "reason"),
            "checkout.session", List.of("url", "mode", "success_url", "cancel_url", "customer"));
    private static final Map<String, String> ACTION_STATUS = Map.of(
            "confirm", "succeeded", "capture", "succeeded", "cancel", "canceled", "finalize", "open",
            "pay", "paid", "void", "void", "expire", "expired", "mark_uncollectible", "uncollectible");

    private final boolean echoKey;
    private final List<ApiRequest> received = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    StubStripeTransport(boolean echoKey) {
        this.echoKey = echoKey;
    }

    List<ApiRequest> received() {
        return received;
    }

    @Override
    public String baseUrl() {
        return "https://stub.stripe.invalid";
    }

    @Override
    public synchronized ApiResponse send(ApiRequest request) {
        received.add(request);
        String[] pathAndQuery = request.path().split("\\?", 2);
        ObjectNode params = decodeForm(request.method().equals("POST") ? request.formBody()
                : pathAndQuery.length > 1 ? pathAndQuery[1] : "");
        List<String> segments = new ArrayList<>(List.of(pathAndQuery[0].replaceFirst("^/v1/", "").split("/")));
        ObjectNode body = answer(request.method(), segments, params);
        int status = body.has("error") ? statusOf(body) : 200;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Request-Id", "req_stub_" + ids.incrementAndGet());
        if (echoKey) {
            body.put("echoed_key", request.apiKey());
            headers.put("Stripe-Version", request.apiKey());
        }
        return new ApiResponse(status, body.toString(), headers);
    }

    private ObjectNode answer(String method, List<String> segments, ObjectNode params) {
        String namespace = "";
        if (segments.size() > 1 && List.of("checkout", "billing_portal", "tax", "radar", "terminal")
                .contains(segments.get(0))) {
            namespace = segments.remove(0) + ".";
        }
        String type = namespace + singular(segments.get(0));
        if (segments.size() == 1 && segments.get(0).equals("balance")) {
            return balance();
        }
        if (segments.size() == 1) {
            return method.equals("POST") ? create(type, params) : list(type, "list", segments.get(0));
        }
        String id = segments.get(1);
        if (id.equals("search")) {
            return list(type, "search_result", segments.get(0) + "/search");
        }
        if (id.contains("missing")) {
            return error(404, "invalid_request_error", "resource_missing", "No such " + type + ": '" + id + "'",
                    "id");
        }
        ObjectNode object = objects.computeIfAbsent(id, key -> blank(type, key));
        if (segments.size() == 3 && method.equals("POST")) {
            object.setAll(params);
            object.put("status", ACTION_STATUS.getOrDefault(segments.get(2), "succeeded"));
            return object.deepCopy();
        }
        if (segments.size() == 3) {
            return list(singular(segments.get(2)), "list", String.join("/", segments));
        }
        return switch (method) {
            case "POST" -> {
                object.setAll(params);
                yield object.deepCopy();
            }
            case "DELETE" -> {
                objects.remove(id);
                ObjectNode deleted = JSON.createObjectNode().put("id", id).put("object", type);
                yield deleted.put("deleted", true);
            }
            default -> object.deepCopy();
        };
    }

    private ObjectNode create(String type, ObjectNode params) {
        if (type.equals("payment_intent") && DECLINING_CARD.equals(params.path("payment_method").asText())) {
            ObjectNode declined = error(402, "card_error", "card_declined", "Your card was declined.", "");
            ((ObjectNode) declined.get("error")).put("decline_code", "generic_decline");
            return declined;
        }
        String prefix = PREFIXES.getOrDefault(type, type.substring(0, Math.min(3, type.length())));
        String id = params.hasNonNull("id") ? params.get("id").asText() : prefix + "_stub" + ids.incrementAndGet();
        ObjectNode object = blank(type, id);
        object.setAll(params);
        if (type.equals("payment_intent")) {
            object.put("status", params.path("confirm").asBoolean() ? "succeeded"
                    : "requires_payment_method");
            object.put("client_secret", id + "_secret_stub");
        }
        if (type.equals("checkout.session")) {
            object.put("url", "https://checkout.stripe.com/c/pay/" + id);
        }
        objects.put(id, object);
        return object.deepCopy();
    }

    private ObjectNode blank(String type, String id) {
        ObjectNode object = JSON.createObjectNode().put("id", id).put("object", type).put("livemode", false)
                .put("created", 1_700_000_000L + ids.get());
        for (String field : FIELDS.getOrDefault(type, List.of())) {
            object.putNull(field);
        }
        object.putObject("metadata");
        if (type.equals("subscription") || type.equals("invoice")) {
            object.put("status", type.equals("invoice") ? "draft" : "active");
        }
        return object;
    }

    private ObjectNode list(String type, String kind, String url) {
        ObjectNode list = JSON.createObjectNode().put("object", kind).put("url", "/v1/" + url)
                .put("has_more", false);
        ArrayNode data = list.putArray("data");
        objects.values().stream().filter(o -> o.path("object").asText().equals(type))
                .forEach(o -> data.add(o.deepCopy()));
        if (data.isEmpty()) {
            for (int i = 0; i < 2; i++) {
                String prefix = PREFIXES.getOrDefault(type, type.substring(0, Math.min(3, type.length())));
                data.add(blank(type, prefix + "_listed" + i));
            }
        }
        if (kind.equals("search_result")) {
            list.putNull("next_page");
        }
        return list;
    }

    private static ObjectNode balance() {
        ObjectNode balance = JSON.createObjectNode().put("object", "balance").put("livemode", false);
        balance.putArray("available").addObject().put("amount", 12_345).put("currency", "usd");
        balance.putArray("pending").addObject().put("amount", 0).put("currency", "usd");
        return balance;
    }

    private static ObjectNode error(int status, String type, String code, String message, String param) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("type", type).put("code", code).put("message", message).put("param", param)
                .put("http_status", status);
        return body;
    }

    private static int statusOf(JsonNode body) {
        return body.path("error").path("http_status").asInt(400);
    }

    private static String singular(String collection) {
        if (collection.endsWith("ies")) {
            return collection.substring(0, collection.length() - 3) + "y";
        }
        if (collection.endsWith("sses")) {
            return collection.substring(0, collection.length() - 2);
        }
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }

    /** Stripe's form encoding back into JSON: a[b]=1 -> {"a": {"b": "1"}}, a[0][c]=2 -> {"a": [{"c": "2"}]}. */
    static ObjectNode decodeForm(String form) {
        ObjectNode root = JSON.createObjectNode();
        if (form == null || form.isEmpty()) {
            return root;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            List<String> path = new ArrayList<>();
            int bracket = key.indexOf('[');
            path.add(bracket < 0 ? key : key.substring(0, bracket));
            while (bracket >= 0) {
                int close = key.indexOf(']', bracket);
                path.add(key.substring(bracket + 1, close));
                bracket = key.indexOf('[', close);
            }
            put(root, path, path.get(0).equals("metadata") ? JSON.getNodeFactory().textNode(value) : typed(value));
        }
        return root;
    }

    /** Stripe answers numbers and booleans as JSON numbers and booleans, not as the form's text. */
    private static JsonNode typed(String value) {
        if (value.matches("-?\\d{1,18}")) {
            return JSON.getNodeFactory().numberNode(Long.parseLong(value));
        }
        if (value.equals("true") || value.equals("false")) {
            return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
        }
        return JSON.getNodeFactory().textNode(value);
    }

    private static void put(JsonNode container, List<String> path, JsonNode value) {
        JsonNode current = container;
        for (int i = 0; i < path.size(); i++) {
            String key = path.get(i);
            boolean last = i == path.size() - 1;
            boolean nextIsIndex = !last && path.get(i + 1).matches("\\d+");
            if (current instanceof ArrayNode array) {
                int index = Integer.parseInt(key);
                while (array.size() <= index) {
                    array.add(nextIsIndex ? JSON.createArrayNode() : JSON.createObjectNode());
                }
                if (last) {
                    array.set(index, value);
                    return;
                }
                current = array.get(index);
            } else {
                ObjectNode object = (ObjectNode) current;
                if (last) {
                    object.set(key, value);
                    return;
                }
                if (!object.has(key)) {
                    object.set(key, nextIsIndex ? JSON.createArrayNode() : JSON.createObjectNode());
                }
                current = object.get(key);
            }
        }
    }
}
