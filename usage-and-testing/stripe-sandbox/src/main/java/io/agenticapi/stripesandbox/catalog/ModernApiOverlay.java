package io.agenticapi.stripesandbox.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The few places where the 2022 spec rejects requests today's Stripe API (and today's SDKs) send, so code written
 * for the current API is not refused offline. Each entry is a documented change of the live API; keep this list
 * short and specific.
 */
final class ModernApiOverlay {

    private static final ParamSpec STRING =
            new ParamSpec(ParamSpec.STRING, null, null, null, null, null, null, null, null);

    private ModernApiOverlay() {
    }

    static List<Route> apply(List<Route> routes) {
        List<Route> result = new ArrayList<>(routes.size());
        for (Route route : routes) {
            result.add(switch (route.key()) {
                // success_url/cancel_url became optional (embedded and custom UI modes, redirect_on_completion)
                case "POST /v1/checkout/sessions" -> withParams(route,
                        p -> optional(addProperty(p, "ui_mode", STRING), "cancel_url", "success_url"));
                // listing payment methods no longer needs a type
                case "GET /v1/payment_methods", "GET /v1/customers/{customer}/payment_methods" ->
                        withParams(route, p -> optional(p, "type"));
                // automatic_payment_methods[allow_redirects] (always|never) and capture_method automatic_async
                case "POST /v1/payment_intents", "POST /v1/payment_intents/{intent}" -> withParams(route,
                        p -> withEnumValue(withAllowRedirects(p), "capture_method", "automatic_async"));
                // invoice items name their price in pricing[price] since 2025 (the price param was removed)
                case "POST /v1/invoiceitems", "POST /v1/invoiceitems/{invoiceitem}" -> withParams(route,
                        p -> addProperty(p, "pricing", new ParamSpec(ParamSpec.OBJECT, null, null,
                                java.util.Map.of("price", STRING), null, null, null, null, null)));
                // payment_settings[save_default_payment_method] (off|on_subscription), Stripe's subscription guide
                case "POST /v1/subscriptions", "POST /v1/subscriptions/{subscription_exposed_id}" -> withParams(route,
                        ModernApiOverlay::withSaveDefaultPaymentMethod);
                default -> route;
            });
        }
        return result;
    }

    private static Route withParams(Route route, UnaryOperator<ParamSpec> change) {
        return new Route(route.method(), route.path(), route.operationId(), route.returns(),
                change.apply(route.params()));
    }

    private static ParamSpec optional(ParamSpec object, String... names) {
        List<String> required = new ArrayList<>(object.requiredOrEmpty());
        required.removeAll(List.of(names));
        return new ParamSpec(object.type(), null, null, object.properties(), required, object.additional(),
                object.free(), null, null);
    }

    private static ParamSpec addProperty(ParamSpec object, String name, ParamSpec spec) {
        Map<String, ParamSpec> properties = new LinkedHashMap<>(object.propertiesOrEmpty());
        properties.put(name, spec);
        return new ParamSpec(object.type(), null, null, properties, object.required(), object.additional(),
                object.free(), null, null);
    }

    private static ParamSpec withAllowRedirects(ParamSpec params) {
        ParamSpec apm = params.propertiesOrEmpty().get("automatic_payment_methods");
        if (apm == null || !apm.isObject()) {
            return params;
        }
        ParamSpec allowRedirects = new ParamSpec(ParamSpec.STRING, List.of("always", "never"), null, null, null,
                null, null, null, null);
        return addProperty(params, "automatic_payment_methods", addProperty(apm, "allow_redirects", allowRedirects));
    }

    private static ParamSpec withSaveDefaultPaymentMethod(ParamSpec params) {
        ParamSpec settings = params.propertiesOrEmpty().get("payment_settings");
        if (settings == null || !settings.isObject()) {
            return params;
        }
        ParamSpec save = new ParamSpec(ParamSpec.STRING, List.of("off", "on_subscription"), null, null, null, null,
                null, null, null);
        return addProperty(params, "payment_settings", addProperty(settings, "save_default_payment_method", save));
    }

    private static ParamSpec withEnumValue(ParamSpec params, String name, String value) {
        ParamSpec spec = params.propertiesOrEmpty().get(name);
        if (spec == null || spec.enumValues() == null || spec.enumValues().contains(value)) {
            return params;
        }
        List<String> values = new ArrayList<>(spec.enumValues());
        values.add(value);
        Map<String, ParamSpec> properties = new LinkedHashMap<>(params.propertiesOrEmpty());
        properties.put(name, new ParamSpec(spec.type(), values, spec.format(), null, null, null, null, null, null));
        return new ParamSpec(params.type(), null, null, properties, params.required(), params.additional(),
                params.free(), null, null);
    }
}
