package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agenticapi.stripesandbox.catalog.ParamSpec;
import io.agenticapi.stripesandbox.catalog.Route;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every route of the catalog, called with its required parameters filled in, answers in Stripe's shape: an
 * object or list (200), or a Stripe error for semantic problems; never a crash. Routes without state and without
 * stored parents must succeed.
 */
class EveryRouteAnswersTest {

    /**
     * Collections the sandbox keeps state for: made-up ids answer 404 and made-up values may be refused for
     * reasons beyond the spec (unknown customer, nothing to refund, ...), as on Stripe.
     */
    private static final List<String> STATEFUL = List.of("/v1/customers", "/v1/payment_intents",
            "/v1/payment_methods", "/v1/setup_intents", "/v1/charges", "/v1/refunds", "/v1/products",
            "/v1/prices", "/v1/coupons", "/v1/invoiceitems", "/v1/invoices", "/v1/subscriptions",
            "/v1/checkout/sessions", "/v1/balance_transactions");

    @Test
    void everyRouteAnswersLikeStripe() {
        List<String> failures = new ArrayList<>();
        int ok = 0;
        try (StripeSandboxServer server = StripeSandboxServer.start(0)) {
            RawClient client = new RawClient(server.baseUrl());
            for (Route route : RouteCatalog.loadDefault().routes()) {
                String path = route.path().replaceAll("\\{[^}]+}", "x_1");
                List<String> pairs = new ArrayList<>();
                fill(route.params(), "", pairs);
                String form = String.join("&", pairs);
                HttpRequest.Builder request = switch (route.method()) {
                    case "POST" -> client.builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form));
                    case "DELETE" -> client.builder(path + (form.isEmpty() ? "" : "?" + form)).DELETE();
                    default -> client.builder(path + (form.isEmpty() ? "" : "?" + form)).GET();
                };
                RawClient.Response response = client.send(request, RawClient.KEY);
                boolean stateful = STATEFUL.stream()
                        .anyMatch(c -> route.path().equals(c) || route.path().startsWith(c + "/"));
                boolean shaped = response.status() == 200
                        ? route.returns().kind().equals("binary") || response.json().has("object")
                        : response.error().has("type") && response.error().has("message");
                boolean expected = stateful ? Set.of(200, 400, 402, 404).contains(response.status())
                        : response.status() == 200;
                if (!shaped || !expected) {
                    failures.add(route.key() + " -> " + response.status() + " " + response.json());
                }
                if (response.status() == 200) {
                    ok++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(ok).isGreaterThan(250);
    }

    /** Form pairs for the required parameters of {@code spec}, named under {@code prefix}. */
    private static void fill(ParamSpec spec, String prefix, List<String> pairs) {
        if (spec.isUnion()) {
            fill(spec.anyOf().stream().filter(a -> !a.isEmptyStringMarker()).findFirst().orElseThrow(), prefix,
                    pairs);
        } else if (spec.isObject()) {
            for (String name : spec.requiredOrEmpty()) {
                fill(spec.properties().get(name), prefix.isEmpty() ? name : prefix + "[" + name + "]", pairs);
            }
            if (spec.requiredOrEmpty().isEmpty() && !prefix.isEmpty()) {
                if (spec.additional() != null || spec.isFreeForm()) {
                    pairs.add(encode(prefix + "[k]") + "=v");
                } else if (!spec.propertiesOrEmpty().isEmpty()) {
                    Map.Entry<String, ParamSpec> first = spec.properties().entrySet().iterator().next();
                    fill(first.getValue(), prefix + "[" + first.getKey() + "]", pairs);
                }
            }
        } else if (spec.isArray()) {
            fill(spec.items(), prefix + "[0]", pairs);
        } else {
            pairs.add(encode(prefix) + "=" + encode(sample(spec, prefix)));
        }
    }

    private static String sample(ParamSpec spec, String name) {
        if (spec.enumValues() != null) {
            return spec.enumValues().stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
        }
        return switch (spec.type()) {
            case ParamSpec.INTEGER, ParamSpec.NUMBER -> "100";
            case ParamSpec.BOOLEAN -> "true";
            default -> name.endsWith("currency") ? "usd" : "decimal".equals(spec.format()) ? "1.5" : "x_1";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
