package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import java.util.Locale;
import java.util.Set;

/** Coupons: percent_off or amount_off (with currency), once / repeating (with months) / forever. */
public final class CouponResource extends StoredResource {

    CouponResource(Resources resources) {
        super(resources, "coupon", "coupon", "/v1/coupons", "", 8);
    }

    @Override
    protected String newId() {
        return Ids.random(8).toUpperCase(Locale.ROOT);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("id", "applies_to");
    }

    @Override
    protected void onCreate(ObjectNode coupon, ApiRequest request) {
        String id = request.text("id");
        if (id != null) {
            if (store().find(id).isPresent()) {
                throw StripeError.invalidRequest("resource_already_exists", "Coupon already exists.", "id");
            }
            coupon.put("id", id);
        }
        boolean percent = request.has("percent_off");
        boolean amount = request.has("amount_off");
        if (percent == amount) {
            throw StripeError.invalidRequest("You must pass exactly one of `percent_off` or `amount_off`.",
                    percent ? "amount_off" : "percent_off");
        }
        if (percent) {
            double value = request.params().get("percent_off").asDouble();
            if (value <= 0 || value > 100) {
                throw StripeError.invalidRequest("percent_off must be greater than 0 and at most 100.",
                        "percent_off");
            }
        }
        if (amount && !request.has("currency")) {
            throw StripeError.invalidRequest("parameter_missing", "You must pass currency when passing amount_off.",
                    "currency");
        }
        if ("repeating".equals(request.text("duration")) && !request.has("duration_in_months")) {
            throw StripeError.parameterMissing("duration_in_months");
        }
    }
}
