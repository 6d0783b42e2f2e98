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

/** SetupIntents: save a card for later; confirming checks the test card and attaches it to the customer. */
public final class SetupIntentResource extends StoredResource {

    private static final List<String> CONFIRMABLE = List.of("requires_payment_method", "requires_confirmation",
            "requires_action");

    SetupIntentResource(Resources resources) {
        super(resources, "setup_intent", "setupintent", "/v1/setup_intents", "seti_", 24);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("POST", itemPath() + "/confirm", request -> confirm(load(request.id(), "intent"),
                request.params()));
        routes.on("POST", itemPath() + "/cancel", this::cancel);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("payment_method", "payment_method_data", "customer", "confirm", "mandate_data",
                "single_use", "return_url");
    }

    @Override
    public ObjectNode create(ApiRequest request) {
        ObjectNode intent = super.create(request);
        return request.flag("confirm") ? confirm(intent, request.params()) : intent;
    }

    @Override
    protected void onCreate(ObjectNode intent, ApiRequest request) {
        intent.put("client_secret", intent.get("id").asText() + "_secret_" + Ids.random(32));
        if (!request.has("usage")) {
            intent.put("usage", "off_session");
        }
        update(intent, request.params());
    }

    @Override
    protected void onUpdate(ObjectNode intent, ApiRequest request) {
        update(intent, request.params());
    }

    private void update(ObjectNode intent, ObjectNode params) {
        String customer = Json.text(params, "customer");
        if (customer != null) {
            resources.customers().load(customer, "customer");
            intent.put("customer", customer);
        }
        resources.paymentMethods().attachToIntent(intent, params);
    }

    private ObjectNode confirm(ObjectNode intent, ObjectNode params) {
        String status = Json.text(intent, "status");
        if (!CONFIRMABLE.contains(status)) {
            throw StripeError.unexpectedState("setup_intent_unexpected_state", "You cannot confirm this "
                    + "SetupIntent because it has a status of " + status + ".")
                    .with("setup_intent", intent.deepCopy());
        }
        Reflector.apply(intent, params, handledParams());
        update(intent, params);
        String pmId = Json.text(intent, "payment_method");
        if (pmId == null) {
            throw StripeError.unexpectedState("setup_intent_unexpected_state", "You cannot confirm this "
                    + "SetupIntent because it's missing a payment method.").with("setup_intent", intent.deepCopy());
        }
        ObjectNode pm = resources.paymentMethods().resolve(pmId, "payment_method");
        TestCard card = resources.paymentMethods().cardOf(pm);
        if (card.outcome() == TestCard.Outcome.REQUIRES_AUTHENTICATION && !"requires_action".equals(status)) {
            intent.put("status", "requires_action");
            intent.putObject("next_action").put("type", "use_stripe_sdk");
            return intent;
        }
        if (card.declinesWhenSaved()) {
            StripeError error = card.declineError();
            error.with("payment_method", pm.deepCopy());
            intent.put("status", "requires_payment_method");
            intent.putNull("payment_method");
            intent.set("last_setup_error", error.errorObject());
            throw error.with("setup_intent", intent.deepCopy());
        }
        intent.put("status", "succeeded");
        intent.putNull("next_action");
        intent.putNull("last_setup_error");
        String customer = Json.refId(intent, "customer");
        if (customer != null) {
            pm.put("customer", customer);
        }
        return intent;
    }

    private JsonNode cancel(ApiRequest request) {
        ObjectNode intent = load(request.id(), "intent");
        String status = Json.text(intent, "status");
        if ("succeeded".equals(status) || "canceled".equals(status)) {
            throw StripeError.unexpectedState("setup_intent_unexpected_state", "You cannot cancel this "
                    + "SetupIntent because it has a status of " + status + ".");
        }
        intent.put("status", "canceled");
        intent.put("cancellation_reason", request.text("cancellation_reason"));
        return intent;
    }
}
