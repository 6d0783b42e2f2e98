package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Json;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Prices: one-time or recurring, for an existing product or a new one from product_data. */
public final class PriceResource extends StoredResource {

    PriceResource(Resources resources) {
        super(resources, "price", "price", "/v1/prices", "price_", 24);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("product", "product_data", "recurring", "transfer_lookup_key");
    }

    @Override
    protected void onCreate(ObjectNode price, ApiRequest request) {
        Optional<ObjectNode> lookupKeyOwner = lookupKeyOwner(price, request.params());
        String productId = request.text("product");
        JsonNode productData = request.params().get("product_data");
        if (productId != null) {
            resources.products().load(productId, "product");
        } else if (productData != null && productData.isObject()) {
            productId = resources.products().createFromData((ObjectNode) productData).get("id").asText();
        } else {
            throw StripeError.invalidRequest("parameter_missing",
                    "You must specify either `product` or `product_data` when creating a price.", "product");
        }
        price.put("product", productId);
        fill(price, request.params(), "");
        lookupKeyOwner.ifPresent(owner -> owner.putNull("lookup_key"));
    }

    @Override
    protected void onUpdate(ObjectNode price, ApiRequest request) {
        lookupKeyOwner(price, request.params()).ifPresent(owner -> owner.putNull("lookup_key"));
    }

    /**
     * The other price holding the requested lookup_key, which gives it up when transfer_lookup_key=true; without
     * the transfer a taken key is refused, as on Stripe.
     */
    private Optional<ObjectNode> lookupKeyOwner(ObjectNode price, ObjectNode params) {
        String key = Json.text(params, "lookup_key");
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        String id = price.get("id").asText();
        Optional<ObjectNode> owner = store().list(objectName()).stream()
                .filter(p -> !id.equals(Json.text(p, "id")) && key.equals(Json.text(p, "lookup_key"))).findFirst();
        if (owner.isPresent() && !params.path("transfer_lookup_key").asBoolean(false)) {
            throw StripeError.invalidRequest("A price (`" + Json.text(owner.get(), "id")
                    + "`) already uses that lookup key.", "lookup_key");
        }
        return owner;
    }

    /** A price created along with a product (default_price_data, price_data). */
    public ObjectNode createForProduct(String productId, ObjectNode data, String paramPrefix) {
        ObjectNode price = newObject();
        Reflector.apply(price, data, handledParams());
        price.put("product", productId);
        fill(price, data, paramPrefix);
        return store().put(price);
    }

    private void fill(ObjectNode price, ObjectNode params, String paramPrefix) {
        JsonNode recurring = params.get("recurring");
        if (recurring != null && recurring.isObject()) {
            ObjectNode r = Json.object();
            r.put("interval", Json.text(recurring, "interval"));
            r.put("interval_count", recurring.path("interval_count").asLong(1));
            r.putNull("meter");
            r.put("usage_type", recurring.path("usage_type").asText("licensed"));
            r.set("trial_period_days", recurring.has("trial_period_days") ? recurring.get("trial_period_days")
                    : NullNode.getInstance());
            price.set("recurring", r);
            price.put("type", "recurring");
        } else {
            price.putNull("recurring");
            price.put("type", "one_time");
        }
        JsonNode unitAmount = params.get("unit_amount");
        JsonNode unitAmountDecimal = params.get("unit_amount_decimal");
        if (unitAmount != null && !unitAmount.isNull()) {
            if (unitAmount.asLong() < 0) {
                throw StripeError.invalidRequest("This value must be greater than or equal to 0.",
                        name(paramPrefix, "unit_amount"));
            }
            price.put("unit_amount", unitAmount.asLong());
            price.put("unit_amount_decimal", unitAmount.asText());
        } else if (unitAmountDecimal != null && !unitAmountDecimal.isNull()) {
            BigDecimal decimal = new BigDecimal(unitAmountDecimal.asText());
            price.put("unit_amount_decimal", decimal.toPlainString());
            if (decimal.stripTrailingZeros().scale() <= 0) {
                price.put("unit_amount", decimal.longValue());
            }
        } else if (!"tiered".equals(Json.text(params, "billing_scheme")) && !params.has("custom_unit_amount")) {
            throw StripeError.parameterMissing(name(paramPrefix, "unit_amount"));
        }
        if (!params.has("billing_scheme")) {
            price.put("billing_scheme", "per_unit");
        }
    }

    private static String name(String prefix, String param) {
        return prefix.isEmpty() ? param : prefix + "[" + param + "]";
    }

    /** Checks a price exists and is active; answers it. */
    public ObjectNode usable(String id, String param) {
        ObjectNode price = load(id, param);
        if (!price.path("active").asBoolean(true)) {
            throw StripeError.invalidRequest("The price specified is inactive. This field only accepts active "
                    + "prices.", param);
        }
        return price;
    }

    @Override
    protected Predicate<ObjectNode> customFilter(String param, JsonNode value) {
        if (param.equals("lookup_keys") && value.isArray()) {
            Set<String> keys = new HashSet<>();
            value.forEach(v -> keys.add(v.asText()));
            return p -> keys.contains(Json.text(p, "lookup_key"));
        }
        if (param.equals("recurring") && value.isObject()) {
            String interval = Json.text(value, "interval");
            String usage = Json.text(value, "usage_type");
            return p -> p.path("recurring").isObject()
                    && (interval == null || interval.equals(Json.text(p.get("recurring"), "interval")))
                    && (usage == null || usage.equals(Json.text(p.get("recurring"), "usage_type")));
        }
        return null;
    }
}
