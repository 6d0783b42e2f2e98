package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.ListPage;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Invoices: draft (lines from the customer's invoice items) → finalize → open → pay (charges the customer's
 * default payment method, or paid_out_of_band) / void / mark_uncollectible. Subscriptions create theirs here.
 */
public final class InvoiceResource extends StoredResource {

    static final String NO_PAYMENT_METHOD = "This customer has no attached payment source or default payment "
            + "method. Please consider adding a default payment method. For more information, visit "
            + "https://stripe.com/docs/billing/subscriptions/payment-methods-setting#payment-method-priority.";

    InvoiceResource(Resources resources) {
        super(resources, "invoice", "invoice", "/v1/invoices", "in_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/finalize", request -> finalizeInvoice(load(request.id(), "invoice")));
        routes.on("POST", itemPath() + "/pay", this::pay);
        routes.on("POST", itemPath() + "/void", request -> close(load(request.id(), "invoice"), "void",
                "voided_at"));
        routes.on("POST", itemPath() + "/mark_uncollectible", request -> close(load(request.id(), "invoice"),
                "uncollectible", "marked_uncollectible_at"));
        routes.on("POST", itemPath() + "/send", request -> {
            ObjectNode invoice = load(request.id(), "invoice");
            requireStatus(invoice, "open", "sent");
            return invoice;
        });
        routes.on("GET", itemPath() + "/lines", request -> {
            ObjectNode invoice = load(request.match().firstPathValue(), "invoice");
            List<ObjectNode> lines = new ArrayList<>();
            invoice.path("lines").path("data").forEach(line -> lines.add((ObjectNode) line));
            return ListPage.page(lines, request.params(), "/v1/invoices/" + invoice.get("id").asText() + "/lines",
                    "line_item");
        });
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("customer", "pending_invoice_items_behavior", "subscription", "discounts",
                "default_tax_rates", "account_tax_ids", "default_payment_method");
    }

    @Override
    protected void onCreate(ObjectNode invoice, ApiRequest request) {
        String customerId = request.text("customer");
        if (customerId == null) {
            throw StripeError.parameterMissing("customer");
        }
        ObjectNode customer = resources.customers().load(customerId, "customer");
        prepare(invoice, customer);
        invoice.put("billing_reason", "manual");
        String defaultPm = request.text("default_payment_method");
        if (defaultPm != null) {
            invoice.put("default_payment_method",
                    resources.paymentMethods().resolve(defaultPm, "default_payment_method").get("id").asText());
        }
        if ("send_invoice".equals(Json.text(invoice, "collection_method")) && !request.has("due_date")) {
            invoice.put("due_date", now() + 86_400L * request.params().path("days_until_due").asLong(30));
        }
        String behavior = request.text("pending_invoice_items_behavior");
        if ("include".equals(behavior) || "include_and_require".equals(behavior)) {
            String id = invoice.get("id").asText();
            boolean any = false;
            for (ObjectNode item : store().list("invoiceitem")) {
                if (customerId.equals(Json.text(item, "customer")) && item.path("invoice").isNull()) {
                    item.put("invoice", id);
                    any = true;
                }
            }
            if (!any && "include_and_require".equals(behavior)) {
                throw StripeError.invalidRequest("invoice_no_customer_line_items", "Nothing to invoice for "
                        + "customer", "customer");
            }
        }
    }

    @Override
    public ObjectNode create(ApiRequest request) {
        ObjectNode invoice = super.create(request);
        return recompute(invoice);
    }

    private void prepare(ObjectNode invoice, ObjectNode customer) {
        invoice.put("customer", customer.get("id").asText());
        invoice.put("customer_email", Json.text(customer, "email"));
        invoice.put("customer_name", Json.text(customer, "name"));
        invoice.put("customer_phone", Json.text(customer, "phone"));
        invoice.set("customer_address", customer.get("address"));
        String currency = Json.text(customer, "currency");
        invoice.put("currency", currency == null ? "usd" : currency);
        invoice.put("period_start", now());
        invoice.put("period_end", now());
        ObjectNode transitions = invoice.putObject("status_transitions");
        transitions.putNull("finalized_at");
        transitions.putNull("marked_uncollectible_at");
        transitions.putNull("paid_at");
        transitions.putNull("voided_at");
    }

    @Override
    protected void onUpdate(ObjectNode invoice, ApiRequest request) {
        String status = Json.text(invoice, "status");
        boolean onlyMetadata = request.params().properties().stream()
                .allMatch(e -> Set.of("metadata", "expand", "description", "footer").contains(e.getKey()));
        if (!"draft".equals(status) && !onlyMetadata) {
            throw StripeError.invalidRequest("invoice_not_editable", "This invoice is no longer editable: it has a "
                    + "status of " + status + ".", null);
        }
    }

    /** Rebuilds lines and totals from the invoice items attached to it (and, for subscriptions, its own lines). */
    public ObjectNode recompute(ObjectNode invoice) {
        String id = invoice.get("id").asText();
        ObjectNode lines = (ObjectNode) invoice.get("lines");
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (JsonNode line : lines.path("data")) {
            if (line.path("parent").path("type").asText().equals("subscription_item_details")) {
                data.add(line);
            }
        }
        List<ObjectNode> items = new ArrayList<>(store().list("invoiceitem"));
        Collections.reverse(items);
        for (ObjectNode item : items) {
            if (id.equals(Json.text(item, "invoice"))) {
                data.add(lineFromItem(item, id));
            }
        }
        lines.set("data", data);
        lines.put("url", "/v1/invoices/" + id + "/lines");
        long total = 0;
        for (JsonNode line : data) {
            total += line.path("amount").asLong();
        }
        invoice.put("subtotal", total);
        invoice.put("subtotal_excluding_tax", total);
        invoice.put("total", total);
        invoice.put("total_excluding_tax", total);
        invoice.put("amount_due", total);
        invoice.put("amount_remaining", total - invoice.path("amount_paid").asLong());
        return invoice;
    }

    private ObjectNode lineFromItem(ObjectNode item, String invoiceId) {
        ObjectNode line = state.template("line_item");
        line.put("id", Ids.id("il_", 24));
        line.put("amount", item.path("amount").asLong());
        line.put("subtotal", item.path("amount").asLong());
        line.put("currency", Json.text(item, "currency"));
        line.put("description", Json.text(item, "description"));
        line.put("invoice", invoiceId);
        line.put("quantity", item.path("quantity").asLong(1));
        line.set("period", item.get("period").deepCopy());
        line.set("metadata", item.get("metadata").deepCopy());
        line.set("pricing", item.get("pricing").deepCopy());
        ObjectNode parent = line.putObject("parent");
        parent.put("type", "invoice_item_details");
        ObjectNode details = parent.putObject("invoice_item_details");
        details.put("invoice_item", item.get("id").asText());
        details.put("proration", false);
        details.putNull("proration_details");
        details.putNull("subscription");
        parent.putNull("subscription_item_details");
        return line;
    }

    /** An invoice for a subscription's first period, with one line per subscription item. */
    ObjectNode createForSubscription(ObjectNode subscription, boolean trial) {
        ObjectNode customer = resources.customers().load(Json.text(subscription, "customer"), "customer");
        ObjectNode invoice = newObject();
        prepare(invoice, customer);
        String id = invoice.get("id").asText();
        invoice.put("currency", Json.text(subscription, "currency"));
        invoice.put("billing_reason", "subscription_create");
        invoice.put("collection_method", Json.text(subscription, "collection_method"));
        ObjectNode parent = invoice.putObject("parent");
        parent.put("type", "subscription_details");
        ObjectNode details = parent.putObject("subscription_details");
        details.put("subscription", subscription.get("id").asText());
        details.putNull("metadata");
        parent.putNull("quote_details");
        ArrayNode data = ((ObjectNode) invoice.get("lines")).putArray("data");
        for (JsonNode item : subscription.path("items").path("data")) {
            ObjectNode line = state.template("line_item");
            long amount = trial ? 0 : item.path("price").path("unit_amount").asLong() * item.path("quantity").asLong(1);
            line.put("id", Ids.id("il_", 24));
            line.put("amount", amount);
            line.put("subtotal", amount);
            line.put("currency", Json.text(subscription, "currency"));
            line.put("description", item.path("quantity").asLong(1) + " × " + productName(item.path("price"))
                    + (trial ? " (trial)" : ""));
            line.put("invoice", id);
            line.put("quantity", item.path("quantity").asLong(1));
            ObjectNode period = line.putObject("period");
            period.put("start", item.path("current_period_start").asLong());
            period.put("end", item.path("current_period_end").asLong());
            ObjectNode pricing = line.putObject("pricing");
            pricing.put("type", "price_details");
            ObjectNode priceDetails = pricing.putObject("price_details");
            priceDetails.put("price", Json.text(item.path("price"), "id"));
            priceDetails.put("product", Json.text(item.path("price"), "product"));
            pricing.put("unit_amount_decimal", Json.text(item.path("price"), "unit_amount_decimal"));
            ObjectNode lineParent = line.putObject("parent");
            lineParent.put("type", "subscription_item_details");
            lineParent.putNull("invoice_item_details");
            ObjectNode itemDetails = lineParent.putObject("subscription_item_details");
            itemDetails.put("subscription", subscription.get("id").asText());
            itemDetails.put("subscription_item", Json.text(item, "id"));
            itemDetails.put("proration", false);
            itemDetails.putNull("invoice_item");
            itemDetails.putNull("proration_details");
            data.add(line);
        }
        store().put(invoice);
        return recompute(invoice);
    }

    private String productName(JsonNode price) {
        return store().get("product", Json.text(price, "product")).map(p -> Json.text(p, "name")).orElse("item");
    }

    /**
     * The secret a browser confirms an open invoice's payment with ({@code expand[]=latest_invoice.confirmation_secret}
     * in Stripe's subscription guide), the same on every read; null while nothing is to be paid by card.
     */
    JsonNode confirmationSecret(ObjectNode invoice) {
        boolean payable = "open".equals(Json.text(invoice, "status"))
                && "charge_automatically".equals(Json.text(invoice, "collection_method"))
                && invoice.path("amount_remaining").asLong() > 0;
        if (!payable) {
            return NullNode.getInstance();
        }
        String key = "confirmation_secret:" + invoice.get("id").asText();
        return store().side(key).orElseGet(() -> {
            ObjectNode secret = Json.object();
            secret.put("client_secret", Ids.id("pi_", 24) + "_secret_" + Ids.random(25));
            secret.put("type", "payment_intent");
            store().putSide(key, secret);
            return secret;
        }).deepCopy();
    }

    /** draft → open (or straight to paid when nothing is due), like finalizing on Stripe. */
    public ObjectNode finalizeInvoice(ObjectNode invoice) {
        requireStatus(invoice, "draft", "finalized");
        recompute(invoice);
        String id = invoice.get("id").asText();
        invoice.put("status", "open");
        invoice.put("number", Ids.random(8).toUpperCase(Locale.ROOT) + "-0001");
        invoice.put("hosted_invoice_url", "https://invoice.stripe.com/i/sandbox/" + id);
        invoice.put("invoice_pdf", "https://pay.stripe.com/invoice/sandbox/" + id + "/pdf");
        invoice.put("effective_at", now());
        ((ObjectNode) invoice.get("status_transitions")).put("finalized_at", now());
        if (invoice.path("amount_due").asLong() == 0) {
            markPaid(invoice);
        }
        return invoice;
    }

    private JsonNode pay(ApiRequest request) {
        ObjectNode invoice = load(request.id(), "invoice");
        if ("draft".equals(Json.text(invoice, "status"))) {
            finalizeInvoice(invoice);
        }
        requireStatus(invoice, "open", "paid");
        if (request.flag("paid_out_of_band")) {
            return markPaid(invoice);
        }
        Optional<ObjectNode> pm = request.has("payment_method")
                ? Optional.of(resources.paymentMethods().resolve(request.text("payment_method"), "payment_method"))
                : paymentMethodFor(invoice);
        return charge(invoice, pm.orElseThrow(() -> StripeError.invalidRequest(NO_PAYMENT_METHOD, null)));
    }

    Optional<ObjectNode> paymentMethodFor(ObjectNode invoice) {
        String explicit = Json.text(invoice, "default_payment_method");
        if (explicit != null) {
            return store().get("payment_method", explicit);
        }
        return resources.paymentMethods().defaultFor(Json.text(invoice, "customer"));
    }

    /** Charges an open invoice; a decline raises the card error and leaves the invoice open. */
    ObjectNode charge(ObjectNode invoice, ObjectNode pm) {
        TestCard card = resources.paymentMethods().cardOf(pm);
        invoice.put("attempted", true);
        invoice.put("attempt_count", invoice.path("attempt_count").asLong() + 1);
        ObjectNode charge = resources.charges().charge(new ChargeResource.ChargeRequest(
                invoice.path("amount_due").asLong(), Json.text(invoice, "currency"), card, pm.get("id").asText(),
                Json.text(invoice, "customer"), null, true, "Payment for Invoice"));
        StripeError decline = card.declineError();
        if (decline != null) {
            throw decline.with("charge", Json.MAPPER.valueToTree(charge.get("id").asText()));
        }
        return markPaid(invoice);
    }

    ObjectNode markPaid(ObjectNode invoice) {
        invoice.put("status", "paid");
        invoice.put("amount_paid", invoice.path("amount_due").asLong());
        invoice.put("amount_remaining", 0);
        ((ObjectNode) invoice.get("status_transitions")).put("paid_at", now());
        return invoice;
    }

    private ObjectNode close(ObjectNode invoice, String status, String transition) {
        requireStatus(invoice, "open", status);
        invoice.put("status", status);
        ((ObjectNode) invoice.get("status_transitions")).put(transition, now());
        return invoice;
    }

    private static void requireStatus(ObjectNode invoice, String expected, String action) {
        String status = Json.text(invoice, "status");
        if (!expected.equals(status)) {
            throw StripeError.invalidRequest("invoice_unexpected_state", "This invoice can't be " + action
                    + " because it has a status of " + status + "; it must be " + expected + ".", null);
        }
    }

    @Override
    protected void beforeDelete(ObjectNode invoice) {
        if (!"draft".equals(Json.text(invoice, "status"))) {
            throw StripeError.invalidRequest("You can only delete draft invoices.", null);
        }
        String id = invoice.get("id").asText();
        for (ObjectNode item : store().list("invoiceitem")) {
            if (id.equals(Json.text(item, "invoice"))) {
                item.putNull("invoice");
            }
        }
    }
}
