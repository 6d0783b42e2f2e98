package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Json;
import java.util.Set;

/** Refunds of a charge or of a PaymentIntent's charge, full or partial, never more than what is left. */
public final class RefundResource extends StoredResource {

    RefundResource(Resources resources) {
        super(resources, "refund", "refund", "/v1/refunds", "re_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/cancel", request -> {
            ObjectNode refund = load(request.id(), "refund");
            throw StripeError.unexpectedState("refund_unexpected_state", "Can't cancel a refund that has status "
                    + Json.text(refund, "status") + "; only pending refunds can be canceled.");
        });
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("charge", "payment_intent", "amount", "instructions_email", "refund_application_fee",
                "reverse_transfer");
    }

    @Override
    protected void onCreate(ObjectNode refund, ApiRequest request) {
        ObjectNode charge = chargeToRefund(request);
        String chargeId = charge.get("id").asText();
        if (!"succeeded".equals(Json.text(charge, "status")) || !charge.path("captured").asBoolean()) {
            throw StripeError.invalidRequest("charge_not_refundable", "Charge " + chargeId
                    + " cannot be refunded because it has not been successfully captured.", "charge");
        }
        long remaining = charge.path("amount_captured").asLong() - charge.path("amount_refunded").asLong();
        if (remaining <= 0) {
            throw StripeError.invalidRequest("charge_already_refunded", "Charge " + chargeId
                    + " has already been refunded.", "charge");
        }
        long amount = request.has("amount") ? request.params().get("amount").asLong() : remaining;
        if (amount < 1) {
            throw StripeError.invalidRequest("parameter_invalid_integer",
                    "This value must be greater than or equal to 1.", "amount");
        }
        if (amount > remaining) {
            throw StripeError.invalidRequest("amount_too_large", "Refund amount (" + amount
                    + ") is greater than unrefunded amount on charge (" + remaining + ")", "amount");
        }
        refund.put("amount", amount);
        refund.put("currency", Json.text(charge, "currency"));
        refund.put("charge", chargeId);
        refund.put("payment_intent", Json.text(charge, "payment_intent"));
        refund.put("payment_method", Json.text(charge, "payment_method"));
        refund.put("customer", Json.text(charge, "customer"));
        refund.put("status", "succeeded");
        refund.put("balance_transaction", resources.balanceTransactions().forRefund(refund));
        long refunded = charge.path("amount_refunded").asLong() + amount;
        charge.put("amount_refunded", refunded);
        charge.put("refunded", refunded >= charge.path("amount_captured").asLong());
        if (charge.path("refunds").path("data") instanceof ArrayNode data) {
            data.insert(0, refund);
        }
    }

    private ObjectNode chargeToRefund(ApiRequest request) {
        String chargeId = request.text("charge");
        String intentId = request.text("payment_intent");
        if (chargeId == null && intentId == null) {
            throw StripeError.invalidRequest("parameter_missing",
                    "One of the following params should be provided for this request: payment_intent or charge.",
                    null);
        }
        if (chargeId != null) {
            return resources.charges().load(chargeId, "charge");
        }
        ObjectNode intent = resources.paymentIntents().load(intentId, "payment_intent");
        String latest = Json.refId(intent, "latest_charge");
        if (!"succeeded".equals(Json.text(intent, "status")) || latest == null) {
            throw StripeError.invalidRequest("charge_not_refundable", "This PaymentIntent (" + intentId
                    + ") does not have a successful charge to refund.", "payment_intent");
        }
        return resources.charges().load(latest, "charge");
    }
}
