package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.ListPage;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.time.Year;
import java.util.Set;

/**
 * Charges: made by confirming PaymentIntents (and paying invoices), or directly with a test token
 * ({@code source=tok_visa}); capture, refunds list, search.
 */
public final class ChargeResource extends StoredResource {

    /** What to charge: amount, currency, card, and the objects the charge belongs to. */
    public record ChargeRequest(long amount, String currency, TestCard card, String paymentMethod, String customer,
                                String paymentIntent, boolean capture, String description) {
    }

    ChargeResource(Resources resources) {
        super(resources, "charge", "charge", "/v1/charges", "ch_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/capture", this::capture);
        routes.on("GET", itemPath() + "/refunds", request -> {
            String charge = request.match().firstPathValue();
            load(charge, "charge");
            ObjectNode filters = request.params().deepCopy();
            filters.put("charge", charge);
            return ListPage.page(resources.refunds().filtered(filters), request.params(),
                    "/v1/charges/" + charge + "/refunds", "refund");
        });
        routes.on("GET", itemPath() + "/refunds/{refund}", request -> {
            load(request.match().firstPathValue(), "charge");
            return resources.refunds().load(request.id(), "refund");
        });
    }

    /** POST /v1/charges: the legacy direct charge. */
    @Override
    public ObjectNode create(ApiRequest request) {
        if (!request.has("amount")) {
            throw StripeError.parameterMissing("amount");
        }
        if (!request.has("currency")) {
            throw StripeError.parameterMissing("currency");
        }
        Amounts.check(request.params().get("amount").asLong(), request.text("currency"), "amount");
        String customer = request.text("customer");
        if (customer != null) {
            resources.customers().load(customer, "customer");
        }
        TestCard card;
        String paymentMethod = null;
        String source = request.text("source");
        if (source != null && source.startsWith("tok_")) {
            card = TestCard.byTokenId(source).orElseThrow(() -> StripeError.noSuch("token", source, "source"));
        } else if (source != null) {
            ObjectNode pm = resources.paymentMethods().resolve(source, "source");
            card = resources.paymentMethods().cardOf(pm);
            paymentMethod = pm.get("id").asText();
        } else if (customer != null) {
            ObjectNode pm = resources.paymentMethods().defaultFor(customer).orElseThrow(() ->
                    StripeError.invalidRequest("missing", "Cannot charge a customer that has no active card",
                            "card"));
            card = resources.paymentMethods().cardOf(pm);
            paymentMethod = pm.get("id").asText();
        } else {
            throw StripeError.invalidRequest("Must provide source or customer.", null);
        }
        ObjectNode charge = charge(new ChargeRequest(request.params().get("amount").asLong(),
                request.text("currency"), card, paymentMethod, customer, null,
                request.params().path("capture").asBoolean(true), request.text("description")));
        Reflector.apply(charge, request.params(),
                Set.of("amount", "currency", "customer", "source", "capture", "description"));
        StripeError decline = card.declineError();
        if (decline != null) {
            throw decline.with("charge", Json.MAPPER.valueToTree(charge.get("id").asText()));
        }
        return charge;
    }

    /** Creates and stores a charge; a declined card yields a stored failed charge (the caller raises the error). */
    public ObjectNode charge(ChargeRequest request) {
        ObjectNode charge = newObject();
        String id = charge.get("id").asText();
        charge.put("amount", request.amount());
        charge.put("currency", request.currency());
        charge.put("customer", request.customer());
        charge.put("payment_intent", request.paymentIntent());
        charge.put("payment_method", request.paymentMethod() != null ? request.paymentMethod()
                : Ids.id("card_", 24));
        charge.put("description", request.description());
        charge.put("calculated_statement_descriptor", "SANDBOX");
        charge.put("receipt_url", "https://pay.stripe.com/receipts/payment/sandbox_" + id);
        ((ObjectNode) charge.get("refunds")).put("url", "/v1/charges/" + id + "/refunds");
        ObjectNode details = charge.putObject("payment_method_details");
        ObjectNode card = details.putObject("card");
        card.put("brand", request.card().brand());
        card.put("last4", request.card().last4());
        card.put("funding", request.card().funding());
        card.put("country", "US");
        card.put("exp_month", 12);
        card.put("exp_year", Year.now().getValue() + 1);
        card.put("network", request.card().brand());
        details.put("type", "card");
        StripeError decline = request.card().declineError();
        ObjectNode outcome = charge.putObject("outcome");
        outcome.putNull("advice_code");
        outcome.putNull("network_advice_code");
        outcome.putNull("network_decline_code");
        outcome.put("risk_level", "normal");
        if (decline == null) {
            charge.put("status", "succeeded");
            charge.put("paid", true);
            charge.put("captured", request.capture());
            charge.put("amount_captured", request.capture() ? request.amount() : 0);
            charge.putNull("balance_transaction"); // funds move when the charge is captured
            outcome.put("network_status", "approved_by_network");
            outcome.putNull("reason");
            outcome.put("seller_message", "Payment complete.");
            outcome.put("type", "authorized");
        } else {
            charge.put("status", "failed");
            charge.put("paid", false);
            charge.put("captured", false);
            charge.put("failure_code", decline.code());
            charge.put("failure_message", decline.getMessage());
            outcome.put("network_status", "declined_by_network");
            outcome.put("reason", decline.declineCode());
            outcome.put("seller_message", "The bank did not return any further details with this decline.");
            outcome.put("type", "issuer_declined");
        }
        store().put(charge);
        if (decline == null && request.capture()) {
            charge.put("balance_transaction", resources.balanceTransactions().forCharge(charge, request.amount()));
        }
        return charge;
    }

    /** Captures an uncaptured charge, fully or partly (the rest is released, as on Stripe). */
    public ObjectNode capture(ObjectNode charge, long amount) {
        long authorized = charge.get("amount").asLong();
        if (charge.path("captured").asBoolean()) {
            throw StripeError.unexpectedState("charge_already_captured",
                    "Charge " + charge.get("id").asText() + " has already been captured.");
        }
        if (amount > authorized || amount < 1) {
            throw StripeError.invalidRequest("amount_too_large", "The amount to capture must be between 1 and the "
                    + "amount authorized (" + authorized + ").", "amount");
        }
        charge.put("captured", true);
        charge.put("amount_captured", amount);
        charge.put("balance_transaction", resources.balanceTransactions().forCharge(charge, amount));
        charge.put("amount_refunded", authorized - amount);
        return charge;
    }

    private JsonNode capture(ApiRequest request) {
        ObjectNode charge = load(request.id(), "charge");
        if (!"succeeded".equals(Json.text(charge, "status"))) {
            throw StripeError.unexpectedState("charge_not_capturable", "This charge cannot be captured because it "
                    + "has a status of " + Json.text(charge, "status") + ".");
        }
        long amount = request.has("amount") ? request.params().get("amount").asLong() : charge.get("amount").asLong();
        String pi = Json.text(charge, "payment_intent");
        if (pi != null) {
            // a PaymentIntent's charge is captured through the PaymentIntent so both stay consistent
            resources.paymentIntents().capture(resources.paymentIntents().load(pi, "payment_intent"), amount);
            return charge;
        }
        return capture(charge, amount);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("amount", "currency", "customer", "source", "capture");
    }
}
