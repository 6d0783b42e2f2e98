package io.agenticapi.stripesandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed catalog and URL matching, without the spec at hand. */
class RouteCatalogTest {

    private static final RouteCatalog CATALOG = RouteCatalog.loadDefault();

    @Test
    void knowsEveryOperationOnce() {
        List<Route> routes = RouteCatalog.loadCommittedRoutes();
        assertThat(routes).hasSize(363);
        Set<String> keys = new HashSet<>();
        routes.forEach(route -> assertThat(keys.add(route.key())).as(route.key()).isTrue());
        assertThat(routes).allSatisfy(route -> {
            assertThat(route.params().isObject()).isTrue();
            assertThat(route.returns().kind()).isIn("object", "deleted", "list", "search_result", "binary");
        });
    }

    @Test
    void carriesTypesNestingAndRequiredness() {
        Route create = CATALOG.route("POST", "/v1/payment_intents").orElseThrow();
        assertThat(create.params().requiredOrEmpty()).containsExactlyInAnyOrder("amount", "currency");
        assertThat(create.params().properties().get("amount").type()).isEqualTo("integer");
        assertThat(create.params().properties().get("confirm").type()).isEqualTo("boolean");
        assertThat(create.params().properties().get("capture_method").enumValues()).contains("automatic", "manual");
        assertThat(create.returns()).isEqualTo(new ResponseShape("object", "payment_intent", "payment_intent"));
        ParamSpec metadata = CATALOG.route("POST", "/v1/customers").orElseThrow().params().properties()
                .get("metadata");
        assertThat(metadata.anyOf()).anySatisfy(alt -> assertThat(alt.additional().type()).isEqualTo("string"));
        assertThat(metadata.anyOf()).anySatisfy(alt -> assertThat(alt.isEmptyStringMarker()).isTrue());
        assertThat(CATALOG.route("GET", "/v1/customers").orElseThrow().returns())
                .isEqualTo(new ResponseShape("list", "customer", "customer"));
        assertThat(CATALOG.route("DELETE", "/v1/customers/{customer}").orElseThrow().returns().kind())
                .isEqualTo("deleted");
        assertThat(CATALOG.route("GET", "/v1/customers/search").orElseThrow().returns().kind())
                .isEqualTo("search_result");
    }

    @Test
    void literalSegmentsWinOverPlaceholders() {
        RouteMatch search = CATALOG.match("GET", "/v1/customers/search").orElseThrow();
        assertThat(search.route().path()).isEqualTo("/v1/customers/search");
        RouteMatch one = CATALOG.match("GET", "/v1/customers/cus_123").orElseThrow();
        assertThat(one.route().path()).isEqualTo("/v1/customers/{customer}");
        assertThat(one.pathParams()).containsEntry("customer", "cus_123");
        RouteMatch nested = CATALOG.match("DELETE", "/v1/customers/cus_1/tax_ids/txi_2").orElseThrow();
        assertThat(nested.pathValues()).containsExactly("cus_1", "txi_2");
    }

    @Test
    void pathSegmentsAreDecodedAndUnknownUrlsDoNotMatch() {
        assertThat(CATALOG.match("GET", "/v1/coupons/SUMMER%2025").orElseThrow().lastPathValue())
                .isEqualTo("SUMMER 25");
        assertThat(CATALOG.match("GET", "/v1/foo")).isEmpty();
        assertThat(CATALOG.match("PUT", "/v1/customers")).isEmpty();
        assertThat(CATALOG.match("GET", "/v1/customers//tax_ids")).isEmpty();
    }

    @Test
    void modernApiOverlayRelaxesOnlyWhatTodaysApiAccepts() {
        Route committed = RouteCatalog.loadCommittedRoutes().stream()
                .filter(r -> r.key().equals("POST /v1/checkout/sessions")).findFirst().orElseThrow();
        assertThat(committed.params().required()).contains("success_url", "cancel_url");
        Route relaxed = CATALOG.route("POST", "/v1/checkout/sessions").orElseThrow();
        assertThat(relaxed.params().requiredOrEmpty()).doesNotContain("success_url", "cancel_url");
        assertThat(CATALOG.route("GET", "/v1/payment_methods").orElseThrow().params().requiredOrEmpty())
                .doesNotContain("type");
        ParamSpec apm = CATALOG.route("POST", "/v1/payment_intents").orElseThrow().params().properties()
                .get("automatic_payment_methods");
        assertThat(apm.properties()).containsKeys("enabled", "allow_redirects");
    }
}
