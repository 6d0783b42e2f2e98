package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.ListPage;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Customers: CRUD, list by email, search, their payment methods, and a coupon becoming a discount. */
public final class CustomerResource extends StoredResource {

    /** Stripe's check is lenient: something, an @, and a domain with a dot; no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    CustomerResource(Resources resources) {
        super(resources, "customer", "customer", "/v1/customers", "cus_", 14);
    }

    @Override
    protected void registerCustom(RouteTable routes) {
        routes.on("GET", itemPath() + "/payment_methods", this::listPaymentMethods);
        // like Stripe, a deleted customer can still be retrieved, as a {"deleted": true} stub
        routes.on("GET", itemPath(), request -> store().get(objectName(), request.id()).<JsonNode>map(c -> c)
                .or(() -> store().side(tombstoneKey(request.id())))
                .orElseGet(() -> load(request.id(), "id")));
    }

    private static String tombstoneKey(String id) {
        return "deleted customer:" + id;
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("payment_method", "source", "coupon", "promotion_code", "tax_id_data", "cash_balance",
                "test_clock", "tax");
    }

    @Override
    protected void onCreate(ObjectNode customer, ApiRequest request) {
        checkEmail(request);
        customer.put("invoice_prefix", Ids.random(8).toUpperCase(Locale.ROOT));
        String paymentMethod = request.text("payment_method");
        ObjectNode attached = null;
        if (paymentMethod != null) {
            attached = attach(resources.paymentMethods().resolve(paymentMethod, "payment_method"), customer);
        }
        applyCommon(customer, request, paymentMethod, attached);
    }

    @Override
    protected void onUpdate(ObjectNode customer, ApiRequest request) {
        checkEmail(request);
        applyCommon(customer, request, null, null);
    }

    private static void checkEmail(ApiRequest request) {
        String email = request.text("email");
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw StripeError.invalidRequest("email_invalid", "Invalid email address: " + email, "email");
        }
    }

    private static ObjectNode attach(ObjectNode pm, ObjectNode customer) {
        pm.put("customer", customer.get("id").asText());
        return pm;
    }

    /** {@code attached} is the PaymentMethod created from {@code rawPaymentMethod} in the same request, if any. */
    private void applyCommon(ObjectNode customer, ApiRequest request, String rawPaymentMethod, ObjectNode attached) {
        JsonNode defaultPm = request.params().path("invoice_settings").get("default_payment_method");
        if (defaultPm != null && defaultPm.isTextual()) {
            // the same magic id twice (payment_method=pm_card_visa and as default) means the same card
            ObjectNode pm = attached != null && defaultPm.asText().equals(rawPaymentMethod) ? attached
                    : attach(resources.paymentMethods().resolve(defaultPm.asText(),
                            "invoice_settings[default_payment_method]"), customer);
            ((ObjectNode) customer.path("invoice_settings")).put("default_payment_method", pm.get("id").asText());
        }
        String coupon = request.text("coupon");
        if (coupon != null) {
            customer.set("discount", discount(resources.coupons().load(coupon, "coupon"), customer));
        }
    }

    private ObjectNode discount(ObjectNode coupon, ObjectNode customer) {
        ObjectNode discount = state.fixture("discount").orElseGet(Json::object);
        discount.put("id", Ids.id("di_", 24));
        discount.put("object", "discount");
        discount.put("customer", customer.get("id").asText());
        discount.put("start", now());
        discount.putNull("end");
        discount.putNull("subscription");
        discount.putNull("subscription_item");
        discount.putNull("invoice");
        discount.putNull("invoice_item");
        discount.putNull("checkout_session");
        discount.putNull("promotion_code");
        ObjectNode source = discount.putObject("source");
        source.put("type", "coupon");
        source.put("coupon", coupon.get("id").asText());
        discount.set("coupon", coupon.deepCopy());
        return discount;
    }

    @Override
    public JsonNode delete(ApiRequest request) {
        JsonNode deleted = super.delete(request);
        store().putSide(tombstoneKey(request.id()), deleted.deepCopy());
        // deleting a customer cancels its subscriptions and detaches its payment methods
        for (ObjectNode subscription : store().list("subscription")) {
            if (request.id().equals(Json.refId(subscription, "customer"))) {
                resources.subscriptions().cancel(subscription, "cancellation_requested");
            }
        }
        for (ObjectNode pm : store().list("payment_method")) {
            if (request.id().equals(Json.refId(pm, "customer"))) {
                pm.putNull("customer");
            }
        }
        return deleted;
    }

    private JsonNode listPaymentMethods(ApiRequest request) {
        String customer = request.match().firstPathValue();
        load(customer, "customer");
        ObjectNode filters = request.params().deepCopy();
        filters.put("customer", customer);
        return ListPage.page(resources.paymentMethods().filtered(filters), request.params(),
                "/v1/customers/" + customer + "/payment_methods", "PaymentMethod");
    }
}
