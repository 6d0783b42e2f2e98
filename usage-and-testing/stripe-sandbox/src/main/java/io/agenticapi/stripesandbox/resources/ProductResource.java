package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Json;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Products: optional caller-chosen id, default_price_data creating the default price, delete only when unpriced. */
public final class ProductResource extends StoredResource {

    ProductResource(Resources resources) {
        super(resources, "product", "product", "/v1/products", "prod_", 14);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("id", "default_price_data", "default_price");
    }

    @Override
    protected void onCreate(ObjectNode product, ApiRequest request) {
        String id = request.text("id");
        if (id != null) {
            if (store().find(id).isPresent()) {
                throw StripeError.invalidRequest("resource_already_exists", "Product already exists.", "id");
            }
            product.put("id", id);
        }
        product.put("updated", now());
        JsonNode priceData = request.params().get("default_price_data");
        if (priceData != null && priceData.isObject()) {
            ObjectNode price = resources.prices().createForProduct(product.get("id").asText(),
                    (ObjectNode) priceData, "default_price_data");
            product.put("default_price", price.get("id").asText());
        }
    }

    /** A product created inline (product_data of a price, a Checkout line item, a subscription item). */
    public ObjectNode createFromData(ObjectNode data) {
        ObjectNode product = newObject();
        Reflector.apply(product, data, handledParams());
        product.put("updated", now());
        return store().put(product);
    }

    @Override
    protected void onUpdate(ObjectNode product, ApiRequest request) {
        product.put("updated", now());
        String defaultPrice = request.text("default_price");
        if (defaultPrice != null) {
            ObjectNode price = resources.prices().load(defaultPrice, "default_price");
            if (!product.get("id").asText().equals(Json.text(price, "product"))) {
                throw StripeError.invalidRequest("The price " + defaultPrice + " does not belong to this product.",
                        "default_price");
            }
            product.put("default_price", defaultPrice);
        } else if (request.params().has("default_price")) {
            product.putNull("default_price");
        }
    }

    @Override
    protected void beforeDelete(ObjectNode product) {
        String id = product.get("id").asText();
        boolean priced = store().list("price").stream().anyMatch(p -> id.equals(Json.text(p, "product")));
        if (priced) {
            throw StripeError.invalidRequest("This product cannot be deleted because it has one or more "
                    + "user-created prices.", null);
        }
    }

    @Override
    protected Predicate<ObjectNode> customFilter(String param, JsonNode value) {
        if (param.equals("ids") && value.isArray()) {
            Set<String> ids = new HashSet<>();
            value.forEach(v -> ids.add(v.asText()));
            return p -> ids.contains(p.get("id").asText());
        }
        return null;
    }
}
