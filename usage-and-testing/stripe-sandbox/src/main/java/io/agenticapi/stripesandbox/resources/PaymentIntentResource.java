package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.util.List;
import java.util.Set;

/**
 * PaymentIntents and their life cycle: requires_payment_method → requires_confirmation → (requires_action) →
 * succeeded, or requires_capture → succeeded with capture_method=manual, or canceled. Confirming charges the
 * test card: success creates a Charge, a decline answers 402 card_error and leaves the intent in
 * requires_payment_method with last_payment_error, like Stripe.
 */
public final class PaymentIntentResource extends StoredResource {

    private static final List<String> CONFIRMABLE = List.of("requires_payment_method", "requires_confirmation",
            "requires_action");
    private static final List<String> CANCELABLE = List.of("requires_payment_method", "requires_capture",
            "requires_confirmation", "requires_action", "processing");

    PaymentIntentResource(Resources resources) {
        super(resources, "payment_intent", "payment_intent", "/v1/payment_intents", "pi_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/confirm",
                request -> confirm(load(request.id(), "intent"), request.params()));
        routes.on("POST", itemPath() + "/capture", request -> {
            ObjectNode intent = load(request.id(), "intent");
            long amount = request.has("amount_to_capture") ? request.params().get("amount_to_capture").asLong()
                    : intent.path("amount_capturable").asLong();
            Reflector.apply(intent, request.params(), Set.of("amount_to_capture"));
            return capture(intent, amount);
        });
        routes.on("POST", itemPath() + "/cancel", this::cancel);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("payment_method", "payment_method_data", "customer", "confirm", "off_session",
                "error_on_requires_action", "mandate", "mandate_data", "use_stripe_sdk");
    }

    @Override
    public ObjectNode create(ApiRequest request) {
        ObjectNode intent = super.create(request);
        if (request.flag("confirm")) {
            return confirm(intent, request.params());
        }
        return intent;
    }

    @Override
    protected void onCreate(ObjectNode intent, ApiRequest request) {
        Amounts.check(intent.get("amount").asLong(), Json.text(intent, "currency"), "amount");
        intent.put("client_secret", intent.get("id").asText() + "_secret_" + Ids.random(25));
        if (request.has("payment_method_types") && !request.has("automatic_payment_methods")) {
            intent.putNull("automatic_payment_methods");
        }
        setCustomer(intent, request.params());
        setPaymentMethod(intent, request.params());
    }

    @Override
    protected void onUpdate(ObjectNode intent, ApiRequest request) {
        String status = Json.text(intent, "status");
        if (("succeeded".equals(status) || "canceled".equals(status)) && request.has("amount")) {
            throw StripeError.unexpectedState("payment_intent_unexpected_state", "This PaymentIntent's amount "
                    + "could not be updated because it has a status of " + status + ".");
        }
        if (request.has("amount")) {
            Amounts.check(intent.get("amount").asLong(), Json.text(intent, "currency"), "amount");
        }
        setCustomer(intent, request.params());
        setPaymentMethod(intent, request.params());
    }

    private void setCustomer(ObjectNode intent, ObjectNode params) {
        String customer = Json.text(params, "customer");
        if (customer != null) {
            resources.customers().load(customer, "customer");
            intent.put("customer", customer);
        }
    }

    private void setPaymentMethod(ObjectNode intent, ObjectNode params) {
        resources.paymentMethods().attachToIntent(intent, params);
    }

    /** Confirms with the intent's (or the given) PaymentMethod and charges it. */
    public ObjectNode confirm(ObjectNode intent, ObjectNode params) {
        String status = Json.text(intent, "status");
        if (!CONFIRMABLE.contains(status)) {
            String why = "succeeded".equals(status)
                    ? "it has already succeeded after being previously confirmed"
                    : "it has a status of " + status;
            throw unexpectedState("You cannot confirm this PaymentIntent because " + why + ".", intent);
        }
        Reflector.apply(intent, params, handledParams());
        setPaymentMethod(intent, params);
        String pmId = Json.text(intent, "payment_method");
        if (pmId == null) {
            throw unexpectedState("You cannot confirm this PaymentIntent because it's missing a payment method. "
                    + "To confirm the PaymentIntent, specify a payment_method.", intent);
        }
        ObjectNode pm = resources.paymentMethods().resolve(pmId, "payment_method");
        TestCard card = resources.paymentMethods().cardOf(pm);
        boolean offSession = params.path("off_session").asBoolean(false)
                || params.path("error_on_requires_action").asBoolean(false);
        if (card.outcome() == TestCard.Outcome.REQUIRES_AUTHENTICATION && !"requires_action".equals(status)) {
            if (offSession) {
                return decline(intent, pm, null, StripeError.card("authentication_required",
                        "authentication_required", "Your card was declined. This transaction requires "
                                + "authentication.", null));
            }
            intent.put("status", "requires_action");
            ObjectNode nextAction = intent.putObject("next_action");
            nextAction.put("type", "use_stripe_sdk");
            nextAction.putObject("use_stripe_sdk").put("type", "three_d_secure_redirect");
            return intent;
        }
        boolean manual = "manual".equals(Json.text(intent, "capture_method"));
        ObjectNode charge = resources.charges().charge(new ChargeResource.ChargeRequest(
                intent.get("amount").asLong(), Json.text(intent, "currency"), card, pmId,
                Json.refId(intent, "customer"), intent.get("id").asText(), !manual, Json.text(intent, "description")));
        intent.put("latest_charge", charge.get("id").asText());
        StripeError declineError = card.declineError();
        if (declineError != null) {
            return decline(intent, pm, charge, declineError);
        }
        intent.putNull("next_action");
        intent.putNull("last_payment_error");
        long amount = intent.get("amount").asLong();
        if (manual) {
            intent.put("status", "requires_capture");
            intent.put("amount_capturable", amount);
        } else {
            intent.put("status", "succeeded");
            intent.put("amount_received", amount);
        }
        if (!intent.path("setup_future_usage").isNull() && Json.refId(intent, "customer") != null) {
            pm.put("customer", Json.refId(intent, "customer"));
        }
        return intent;
    }

    private ObjectNode decline(ObjectNode intent, ObjectNode pm, ObjectNode charge, StripeError error) {
        if (charge != null) {
            error.with("charge", Json.MAPPER.valueToTree(charge.get("id").asText()));
        }
        error.with("payment_method", pm.deepCopy());
        intent.put("status", "requires_payment_method");
        intent.putNull("payment_method");
        intent.putNull("next_action");
        intent.set("last_payment_error", error.errorObject());
        error.with("payment_intent", intent.deepCopy());
        throw error;
    }

    /** Captures an authorized intent (requires_capture). */
    public ObjectNode capture(ObjectNode intent, long amount) {
        String status = Json.text(intent, "status");
        if (!"requires_capture".equals(status)) {
            throw unexpectedState("This PaymentIntent could not be captured because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be captured: "
                    + "requires_capture.", intent);
        }
        long capturable = intent.path("amount_capturable").asLong();
        if (amount > capturable || amount < 1) {
            throw StripeError.invalidRequest("amount_too_large", "The amount to capture must be between 1 and the "
                    + "amount capturable (" + capturable + ").", "amount_to_capture");
        }
        resources.charges().capture(resources.charges().load(Json.refId(intent, "latest_charge"), "charge"), amount);
        intent.put("status", "succeeded");
        intent.put("amount_received", amount);
        intent.put("amount_capturable", 0);
        return intent;
    }

    private JsonNode cancel(ApiRequest request) {
        ObjectNode intent = load(request.id(), "intent");
        String status = Json.text(intent, "status");
        if (!CANCELABLE.contains(status)) {
            throw unexpectedState("You cannot cancel this PaymentIntent because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                    + String.join(", ", CANCELABLE) + ".", intent);
        }
        if ("requires_capture".equals(status)) {
            ObjectNode charge = resources.charges().load(Json.refId(intent, "latest_charge"), "charge");
            charge.put("amount_refunded", charge.get("amount").asLong());
            charge.put("refunded", true);
        }
        intent.put("status", "canceled");
        intent.put("canceled_at", now());
        intent.put("cancellation_reason", request.text("cancellation_reason"));
        intent.put("amount_capturable", 0);
        intent.putNull("next_action");
        return intent;
    }

    private static StripeError unexpectedState(String message, ObjectNode intent) {
        return StripeError.unexpectedState("payment_intent_unexpected_state", message)
                .with("payment_intent", intent.deepCopy());
    }
}
