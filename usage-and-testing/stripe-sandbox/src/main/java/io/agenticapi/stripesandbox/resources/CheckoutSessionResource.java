package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.ListPage;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checkout Sessions: created open with line items (prices or price_data) and a checkout URL, expirable. Nobody
 * pays them offline: there is no browser.
 */
public final class CheckoutSessionResource extends StoredResource {

    CheckoutSessionResource(Resources resources) {
        super(resources, "checkout.session", "checkout.session", "/v1/checkout/sessions", "cs_test_", 58);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/expire", request -> {
            ObjectNode session = load(request.id(), "session");
            if (!"open".equals(Json.text(session, "status"))) {
                throw StripeError.invalidRequest("checkout_session_unexpected_state", "Only Checkout Sessions with "
                        + "a status in [\"open\"] can be expired.", null);
            }
            session.put("status", "expired");
            session.putNull("url");
            return session;
        });
        routes.on("GET", itemPath() + "/line_items", request -> {
            String id = request.match().firstPathValue();
            load(id, "session");
            List<ObjectNode> items = new ArrayList<>();
            store().side(lineItemsKey(id)).ifPresent(data -> data.forEach(i -> items.add((ObjectNode) i)));
            return ListPage.page(items, request.params(), "/v1/checkout/sessions/" + id + "/line_items", "item");
        });
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("line_items", "customer", "payment_intent_data", "subscription_data", "setup_intent_data",
                "discounts", "shipping_options", "shipping_rates", "customer_update", "tax_id_collection",
                "consent_collection", "after_expiration", "automatic_tax", "phone_number_collection");
    }

    @Override
    protected void onCreate(ObjectNode session, ApiRequest request) {
        String id = session.get("id").asText();
        String mode = request.params().path("mode").asText("payment");
        session.put("mode", mode);
        String customer = request.text("customer");
        if (customer != null) {
            resources.customers().load(customer, "customer");
            session.put("customer", customer);
        } else if (mode.equals("payment")) {
            session.put("customer_creation", "if_required");
        }
        if ("embedded".equals(request.text("ui_mode"))) {
            session.put("client_secret", id + "_secret_" + Ids.random(24));
            session.putNull("url");
        } else {
            session.put("url", "https://checkout.stripe.com/c/pay/" + id);
        }
        if (!request.has("expires_at")) {
            session.put("expires_at", now() + 86_400L);
        }
        ArrayNode items = lineItems(request.params().get("line_items"), mode);
        store().putSide(lineItemsKey(id), items);
        long total = 0;
        for (JsonNode item : items) {
            total += item.path("amount_total").asLong();
        }
        if (mode.equals("setup")) {
            session.put("payment_status", "no_payment_required");
            session.putNull("amount_subtotal");
            session.putNull("amount_total");
        } else {
            session.put("currency", Json.text(items.get(0), "currency"));
            session.put("amount_subtotal", total);
            session.put("amount_total", total);
        }
    }

    private ArrayNode lineItems(JsonNode lineItems, String mode) {
        ArrayNode result = Json.MAPPER.createArrayNode();
        if (lineItems == null || !lineItems.isArray() || lineItems.isEmpty()) {
            if (!mode.equals("setup")) {
                throw StripeError.parameterMissing("line_items");
            }
            return result;
        }
        boolean anyRecurring = false;
        for (int i = 0; i < lineItems.size(); i++) {
            JsonNode params = lineItems.get(i);
            String name = "line_items[" + i + "]";
            ObjectNode price;
            if (params.hasNonNull("price")) {
                price = resources.prices().usable(params.get("price").asText(), name + "[price]");
            } else if (params.path("price_data").isObject()) {
                price = priceFromData((ObjectNode) params.get("price_data"), name + "[price_data]");
            } else {
                throw StripeError.parameterMissing(name + "[price]");
            }
            if (!params.hasNonNull("quantity")) {
                throw StripeError.parameterMissing(name + "[quantity]");
            }
            boolean recurring = price.path("recurring").isObject();
            anyRecurring |= recurring;
            if (recurring && mode.equals("payment")) {
                throw StripeError.invalidRequest("You specified `payment` mode but passed a recurring price. Either "
                        + "switch to `subscription` mode or use only one-time prices.", name + "[price]");
            }
            long quantity = params.get("quantity").asLong();
            long amount = price.path("unit_amount").asLong() * quantity;
            ObjectNode item = state.template("item");
            item.put("id", Ids.id("li_", 24));
            item.set("price", price.deepCopy());
            item.put("quantity", quantity);
            item.put("currency", Json.text(price, "currency"));
            item.put("amount_subtotal", amount);
            item.put("amount_total", amount);
            item.put("amount_discount", 0);
            item.put("amount_tax", 0);
            item.put("description", store().get("product", Json.text(price, "product"))
                    .map(p -> Json.text(p, "name")).orElse(null));
            result.add(item);
        }
        if (mode.equals("subscription") && !anyRecurring) {
            throw StripeError.invalidRequest("You must provide at least one recurring price in `subscription` mode "
                    + "when using prices.", "line_items");
        }
        return result;
    }

    private ObjectNode priceFromData(ObjectNode data, String name) {
        String product = Json.text(data, "product");
        JsonNode productData = data.get("product_data");
        if (product != null) {
            resources.products().load(product, name + "[product]");
        } else if (productData != null && productData.isObject()) {
            product = resources.products().createFromData((ObjectNode) productData).get("id").asText();
        } else {
            throw StripeError.parameterMissing(name + "[product]");
        }
        return resources.prices().createForProduct(product, data, name);
    }

    private static String lineItemsKey(String sessionId) {
        return "checkout.session.line_items:" + sessionId;
    }
}
