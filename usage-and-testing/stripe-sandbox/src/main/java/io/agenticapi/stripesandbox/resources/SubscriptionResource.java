package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Subscriptions of a customer to recurring prices. Creation invoices the first period and charges the default
 * payment method (trialing and send_invoice subscriptions don't charge); DELETE cancels.
 */
public final class SubscriptionResource extends StoredResource {

    private static final long DAY = 86_400L;

    SubscriptionResource(Resources resources) {
        super(resources, "subscription", "subscription", "/v1/subscriptions", "sub_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("DELETE", itemPath(), request -> cancel(load(request.id(), "subscription_exposed_id"),
                "cancellation_requested"));
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("customer", "items", "default_payment_method", "trial_period_days", "trial_end", "coupon",
                "promotion_code", "payment_behavior", "proration_behavior", "off_session", "add_invoice_items",
                "backdate_start_date", "billing_cycle_anchor", "trial_from_plan", "expand");
    }

    @Override
    protected void onCreate(ObjectNode subscription, ApiRequest request) {
        String customer = request.text("customer");
        resources.customers().load(customer, "customer");
        subscription.put("customer", customer);
        JsonNode items = request.params().get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw StripeError.parameterMissing("items");
        }
        String id = subscription.get("id").asText();
        ObjectNode list = (ObjectNode) subscription.get("items");
        list.put("url", "/v1/subscription_items?subscription=" + id);
        ArrayNode data = list.putArray("data");
        for (int i = 0; i < items.size(); i++) {
            data.add(item(id, items.get(i), "items[" + i + "]"));
        }
        subscription.put("currency", Json.text(data.get(0).get("price"), "currency"));
        subscription.put("start_date", now());
        subscription.put("billing_cycle_anchor", now());
        String defaultPm = request.text("default_payment_method");
        if (defaultPm != null) {
            subscription.put("default_payment_method",
                    resources.paymentMethods().resolve(defaultPm, "default_payment_method").get("id").asText());
        }
        boolean trial = startTrial(subscription, request.params());
        boolean sendInvoice = "send_invoice".equals(Json.text(subscription, "collection_method"));
        String behavior = request.params().path("payment_behavior").asText("allow_incomplete");
        Optional<ObjectNode> pm = paymentMethod(subscription);
        boolean mustCharge = !trial && !sendInvoice && !"default_incomplete".equals(behavior);
        if (mustCharge && pm.isEmpty()) {
            throw StripeError.invalidRequest("resource_missing", InvoiceResource.NO_PAYMENT_METHOD, null);
        }
        ObjectNode invoice = resources.invoices().createForSubscription(subscription, trial);
        subscription.put("latest_invoice", invoice.get("id").asText());
        resources.invoices().finalizeInvoice(invoice);
        if (trial) {
            subscription.put("status", "trialing");
        } else if (sendInvoice) {
            subscription.put("status", "active");
        } else if (!mustCharge || invoice.path("amount_due").asLong() == 0) {
            subscription.put("status", "paid".equals(Json.text(invoice, "status")) ? "active" : "incomplete");
        } else {
            try {
                resources.invoices().charge(invoice, pm.get());
                subscription.put("status", "active");
            } catch (StripeError decline) {
                if ("error_if_incomplete".equals(behavior)) {
                    throw decline;
                }
                subscription.put("status", "incomplete");
            }
        }
    }

    private boolean startTrial(ObjectNode subscription, ObjectNode params) {
        Long trialEnd = null;
        if (params.hasNonNull("trial_period_days")) {
            trialEnd = now() + DAY * params.get("trial_period_days").asLong();
        } else if (params.hasNonNull("trial_end") && !"now".equals(params.get("trial_end").asText())) {
            trialEnd = params.get("trial_end").asLong();
        }
        if (trialEnd == null) {
            return false;
        }
        subscription.put("trial_start", now());
        subscription.put("trial_end", trialEnd);
        return true;
    }

    private Optional<ObjectNode> paymentMethod(ObjectNode subscription) {
        String explicit = Json.text(subscription, "default_payment_method");
        if (explicit != null) {
            return store().get("payment_method", explicit);
        }
        return resources.paymentMethods().defaultFor(Json.text(subscription, "customer"));
    }

    private ObjectNode item(String subscriptionId, JsonNode params, String name) {
        ObjectNode price;
        if (params.hasNonNull("price")) {
            price = resources.prices().usable(params.get("price").asText(), name + "[price]");
        } else if (params.path("price_data").isObject()) {
            ObjectNode data = (ObjectNode) params.get("price_data");
            String product = Json.text(data, "product");
            resources.products().load(product, name + "[price_data][product]");
            price = resources.prices().createForProduct(product, data, name + "[price_data]");
        } else {
            throw StripeError.parameterMissing(name + "[price]");
        }
        if (!price.path("recurring").isObject()) {
            throw StripeError.invalidRequest("The price specified is set to `type=one_time` but this field only "
                    + "accepts prices with `type=recurring`.", name + "[price]");
        }
        ObjectNode item = state.template("subscription_item");
        item.put("id", Ids.id("si_", 14));
        item.put("created", now());
        item.set("price", price.deepCopy());
        item.put("quantity", params.path("quantity").asLong(1));
        item.put("subscription", subscriptionId);
        item.set("metadata", params.has("metadata") ? params.get("metadata").deepCopy() : Json.object());
        item.putArray("discounts");
        item.putArray("tax_rates");
        item.put("current_period_start", now());
        item.put("current_period_end", periodEnd(now(), price.get("recurring")));
        return item;
    }

    private static long periodEnd(long start, JsonNode recurring) {
        long count = recurring.path("interval_count").asLong(1);
        ZonedDateTime from = Instant.ofEpochSecond(start).atZone(ZoneOffset.UTC);
        ZonedDateTime to = switch (recurring.path("interval").asText("month")) {
            case "day" -> from.plusDays(count);
            case "week" -> from.plusWeeks(count);
            case "year" -> from.plusYears(count);
            default -> from.plusMonths(count);
        };
        return to.toEpochSecond();
    }

    @Override
    protected void onUpdate(ObjectNode subscription, ApiRequest request) {
        if ("canceled".equals(Json.text(subscription, "status"))) {
            throw StripeError.invalidRequest("A canceled subscription can only update its metadata.", null);
        }
        String id = subscription.get("id").asText();
        JsonNode items = request.params().get("items");
        if (items != null && items.isArray()) {
            ArrayNode data = (ArrayNode) subscription.path("items").path("data");
            for (int i = 0; i < items.size(); i++) {
                updateItem(id, data, items.get(i), "items[" + i + "]");
            }
        }
        String defaultPm = request.text("default_payment_method");
        if (defaultPm != null) {
            subscription.put("default_payment_method",
                    resources.paymentMethods().resolve(defaultPm, "default_payment_method").get("id").asText());
        }
        if ("now".equals(request.text("trial_end")) && "trialing".equals(Json.text(subscription, "status"))) {
            subscription.put("trial_end", now());
            subscription.put("status", "active");
        }
    }

    private void updateItem(String subscriptionId, ArrayNode data, JsonNode change, String name) {
        String itemId = Json.text(change, "id");
        if (itemId == null) {
            data.add(item(subscriptionId, change, name));
            return;
        }
        for (int i = 0; i < data.size(); i++) {
            ObjectNode existing = (ObjectNode) data.get(i);
            if (!itemId.equals(Json.text(existing, "id"))) {
                continue;
            }
            if (change.path("deleted").asBoolean(false)) {
                data.remove(i);
                return;
            }
            if (change.hasNonNull("price")) {
                existing.set("price", resources.prices().usable(change.get("price").asText(), name + "[price]")
                        .deepCopy());
            }
            if (change.hasNonNull("quantity")) {
                existing.put("quantity", change.get("quantity").asLong());
            }
            return;
        }
        throw StripeError.noSuch("subscription_item", itemId, name + "[id]");
    }

    /** Ends a subscription now. */
    public ObjectNode cancel(ObjectNode subscription, String reason) {
        if (!"canceled".equals(Json.text(subscription, "status"))) {
            subscription.put("status", "canceled");
            subscription.put("canceled_at", now());
            subscription.put("ended_at", now());
            ObjectNode details = subscription.path("cancellation_details").isObject()
                    ? (ObjectNode) subscription.get("cancellation_details")
                    : subscription.putObject("cancellation_details");
            details.put("reason", reason);
        }
        return subscription;
    }

    @Override
    protected Predicate<ObjectNode> defaultListFilter(ObjectNode params) {
        String status = Json.text(params, "status");
        if (status == null) {
            return s -> !"canceled".equals(Json.text(s, "status"));
        }
        return "all".equals(status) ? s -> true : s -> status.equals(Json.text(s, "status"));
    }

    @Override
    protected Predicate<ObjectNode> customFilter(String param, JsonNode value) {
        if (param.equals("status")) {
            return s -> true; // handled by defaultListFilter
        }
        if (param.equals("price") || param.equals("plan")) {
            String price = value.asText();
            return s -> {
                for (JsonNode item : s.path("items").path("data")) {
                    if (price.equals(Json.text(item.path("price"), "id"))) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (param.equals("current_period_start") || param.equals("current_period_end")) {
            return s -> true;
        }
        return null;
    }
}
