package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.time.Year;
import java.util.Optional;
import java.util.Set;

/**
 * PaymentMethods: created from test card numbers or tokens, or cloned from Stripe's magic test ids
 * ({@code pm_card_visa}); attach and detach to customers.
 */
public final class PaymentMethodResource extends StoredResource {

    PaymentMethodResource(Resources resources) {
        super(resources, "payment_method", "PaymentMethod", "/v1/payment_methods", "pm_", 24);
    }

    @Override
    public void register(RouteTable routes) {
        super.register(routes);
        // retrieving a magic test id answers a PaymentMethod for that test card
        routes.on("GET", itemPath(), request -> resolve(request.id(), "id"));
        routes.on("POST", itemPath() + "/attach", this::attach);
        routes.on("POST", itemPath() + "/detach", this::detach);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("card", "customer", "payment_method");
    }

    @Override
    protected void onCreate(ObjectNode pm, ApiRequest request) {
        populate(pm, request.params());
    }

    /** A new PaymentMethod from a PaymentIntent's or SetupIntent's payment_method_data. */
    public ObjectNode createFromData(ObjectNode data) {
        ObjectNode pm = newObject();
        Reflector.apply(pm, data, handledParams());
        populate(pm, data);
        return store().put(pm);
    }

    private void populate(ObjectNode pm, ObjectNode params) {
        String type = Json.text(params, "type");
        if (type == null) {
            throw StripeError.parameterMissing("type");
        }
        if (type.equals("card")) {
            JsonNode card = params.get("card");
            if (card == null || !card.isObject()) {
                throw StripeError.parameterMissing("card");
            }
            TestCard testCard;
            if (card.has("token")) {
                String token = card.get("token").asText();
                testCard = TestCard.byTokenId(token).orElseThrow(() -> StripeError.noSuch("token", token,
                        "card[token]"));
            } else {
                String number = Json.text(card, "number");
                if (number == null) {
                    throw StripeError.parameterMissing("card[number]");
                }
                testCard = TestCard.byNumber(number);
            }
            fillCard(pm, testCard, card.path("exp_month").asLong(12), card.path("exp_year").asLong(nextYear()));
        } else {
            pm.putNull("card");
            JsonNode details = params.get(type);
            pm.set(type, details != null && details.isObject() ? details.deepCopy() : Json.object());
        }
        String customer = Json.text(params, "customer");
        if (customer != null) {
            resources.customers().load(customer, "customer");
            pm.put("customer", customer);
        }
    }

    /** A stored PaymentMethod by id, cloning magic test ids into a new one. 404 when unknown. */
    /**
     * Sets a Payment- or SetupIntent's payment method from {@code payment_method} (an id or test token) or
     * {@code payment_method_data} (a new one); an intent that was waiting for one then waits for confirmation.
     */
    public void attachToIntent(ObjectNode intent, ObjectNode params) {
        String pmId = Json.text(params, "payment_method");
        JsonNode pmData = params.get("payment_method_data");
        ObjectNode pm = null;
        if (pmId != null) {
            pm = resolve(pmId, "payment_method");
        } else if (pmData != null && pmData.isObject()) {
            pm = createFromData((ObjectNode) pmData);
        }
        if (pm != null) {
            intent.put("payment_method", pm.get("id").asText());
            if ("requires_payment_method".equals(Json.text(intent, "status"))) {
                intent.put("status", "requires_confirmation");
            }
        }
    }

    public ObjectNode resolve(String id, String param) {
        return store().get(objectName(), id)
                .or(() -> TestCard.byPaymentMethodId(id).map(this::fromTestCard))
                .orElseThrow(() -> StripeError.noSuch("PaymentMethod", id, param));
    }

    ObjectNode fromTestCard(TestCard card) {
        ObjectNode pm = newObject();
        pm.put("type", "card");
        fillCard(pm, card, 12, nextYear());
        return store().put(pm);
    }

    /** The customer's default PaymentMethod (invoice_settings), else the one attached last. */
    public Optional<ObjectNode> defaultFor(String customerId) {
        ObjectNode customer = resources.customers().load(customerId, "customer");
        String preferred = Json.text(customer.path("invoice_settings"), "default_payment_method");
        if (preferred != null) {
            Optional<ObjectNode> pm = store().get(objectName(), preferred);
            if (pm.isPresent()) {
                return pm;
            }
        }
        return store().list(objectName()).stream()
                .filter(pm -> customerId.equals(Json.text(pm, "customer")))
                .findFirst();
    }

    /** What charging this PaymentMethod does. */
    public TestCard cardOf(ObjectNode pm) {
        JsonNode card = pm.get("card");
        if (card == null || !card.isObject()) {
            return TestCard.byLast4("visa", "4242");
        }
        return TestCard.byLast4(Json.text(card, "brand"), Json.text(card, "last4"));
    }

    private void fillCard(ObjectNode pm, TestCard testCard, long expMonth, long expYear) {
        ObjectNode card = pm.path("card").isObject() ? (ObjectNode) pm.get("card") : pm.putObject("card");
        card.put("brand", testCard.brand());
        card.put("display_brand", testCard.brand());
        card.put("last4", testCard.last4());
        card.put("funding", testCard.funding());
        card.put("country", "US");
        card.put("exp_month", expMonth);
        card.put("exp_year", expYear);
        card.put("fingerprint", Ids.random(16));
        card.putNull("generated_from");
        card.putNull("wallet");
        ObjectNode networks = card.putObject("networks");
        networks.putArray("available").add(testCard.brand());
        networks.putNull("preferred");
    }

    private static long nextYear() {
        return Year.now().getValue() + 1L;
    }

    private JsonNode attach(ApiRequest request) {
        ObjectNode pm = resolve(request.id(), "payment_method");
        String customer = request.text("customer");
        if (customer == null) {
            throw StripeError.parameterMissing("customer");
        }
        resources.customers().load(customer, "customer");
        if (cardOf(pm).declinesWhenSaved()) {
            throw cardOf(pm).declineError();
        }
        pm.put("customer", customer);
        return pm;
    }

    private JsonNode detach(ApiRequest request) {
        ObjectNode pm = resolve(request.id(), "payment_method");
        if (pm.path("customer").isNull()) {
            throw StripeError.invalidRequest("The payment method you provided is not attached to a customer so "
                    + "detachment is impossible.", null);
        }
        pm.putNull("customer");
        return pm;
    }
}
