package io.agenticapi.stripesandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.catalog.ParamSpec;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import org.junit.jupiter.api.Test;

/** Validation against real routes of the catalog. */
class ParamValidatorTest {

    private static final RouteCatalog CATALOG = RouteCatalog.loadDefault();

    private static ParamSpec params(String method, String path) {
        return CATALOG.route(method, path).orElseThrow().params();
    }

    private static ObjectNode valid(String method, String path, String form) {
        return ParamValidator.validate(params(method, path), FormDecoder.decode(form));
    }

    private static StripeError invalid(String method, String path, String form) {
        return catchThrowableOfType(StripeError.class,
                () -> ParamValidator.validate(params(method, path), FormDecoder.decode(form)));
    }

    @Test
    void convertsToTypedJson() {
        ObjectNode intent = valid("POST", "/v1/payment_intents", "amount=2000&currency=usd&confirm=true"
                + "&payment_method_types[0]=card&metadata[k]=v&expand[]=customer");
        assertThat(intent.toString()).isEqualTo("{\"amount\":2000,\"currency\":\"usd\",\"confirm\":true,"
                + "\"payment_method_types\":[\"card\"],\"metadata\":{\"k\":\"v\"},\"expand\":[\"customer\"]}");
        ObjectNode coupon = valid("POST", "/v1/coupons", "percent_off=12.5&duration=once");
        assertThat(coupon.get("percent_off").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void subscriptionsAcceptSaveDefaultPaymentMethodOfStripesSubscriptionGuide() {
        ObjectNode sub = valid("POST", "/v1/subscriptions", "customer=cus_1&items[0][price]=price_1"
                + "&payment_behavior=default_incomplete&payment_settings[save_default_payment_method]=on_subscription");
        assertThat(sub.at("/payment_settings/save_default_payment_method").asText()).isEqualTo("on_subscription");
        valid("POST", "/v1/subscriptions/{subscription_exposed_id}", "payment_settings[save_default_payment_method]=off");
        StripeError wrong = invalid("POST", "/v1/subscriptions",
                "customer=cus_1&payment_settings[save_default_payment_method]=sometimes");
        assertThat(wrong.param()).isEqualTo("payment_settings[save_default_payment_method]");
    }

    @Test
    void numbersAreFloatsLikeStripeAnswersThem() {
        ObjectNode coupon = valid("POST", "/v1/coupons", "percent_off=25&duration=once");
        assertThat(coupon.toString()).isEqualTo("{\"percent_off\":25.0,\"duration\":\"once\"}");
        ObjectNode rate = valid("POST", "/v1/tax_rates", "display_name=VAT&percentage=19&inclusive=false");
        assertThat(rate.get("percentage").isDouble()).isTrue();
        assertThat(rate.get("percentage").toString()).isEqualTo("19.0");
    }

    @Test
    void arraysFollowTheirIndexes() {
        ObjectNode subscription = valid("POST", "/v1/subscriptions",
                "customer=cus_1&items[1][price]=b&items[0][price]=a&items[0][quantity]=3");
        assertThat(subscription.get("items").toString())
                .isEqualTo("[{\"price\":\"a\",\"quantity\":3},{\"price\":\"b\"}]");
        StripeError notAnArray = invalid("POST", "/v1/subscriptions", "customer=cus_1&items[x][price]=a");
        assertThat(notAnArray.getMessage()).startsWith("Invalid array");
    }

    @Test
    void emptyStringUnsetsEmptiableParamsOnly() {
        ObjectNode update = valid("POST", "/v1/customers/{customer}", "description=&metadata[k]=");
        assertThat(update.get("description").isNull()).isTrue();
        assertThat(update.get("metadata").get("k").asText()).isEmpty();
        StripeError empty = invalid("POST", "/v1/payment_intents", "amount=&currency=usd");
        assertThat(empty.code()).isEqualTo("parameter_invalid_empty");
        assertThat(empty.param()).isEqualTo("amount");
    }

    @Test
    void reportsStripesErrorsWithTheParamPath() {
        StripeError unknown = invalid("POST", "/v1/customers", "shipping[address][planet]=Mars&shipping[name]=A");
        assertThat(unknown.code()).isEqualTo("parameter_unknown");
        assertThat(unknown.param()).isEqualTo("shipping[address][planet]");
        StripeError integer = invalid("POST", "/v1/payment_intents", "amount=12.5&currency=usd");
        assertThat(integer.getMessage()).isEqualTo("Invalid integer: 12.5");
        assertThat(integer.code()).isEqualTo("parameter_invalid_integer");
        StripeError bool = invalid("POST", "/v1/payment_intents", "amount=1&currency=usd&confirm=yes");
        assertThat(bool.getMessage()).isEqualTo("Invalid boolean: yes");
        StripeError nestedMissing = invalid("POST", "/v1/subscriptions",
                "customer=c&items[0][price_data][currency]=usd");
        assertThat(nestedMissing.code()).isEqualTo("parameter_missing");
        assertThat(nestedMissing.param()).startsWith("items[0][price_data][");
        StripeError hash = invalid("POST", "/v1/customers", "address=Paris");
        assertThat(hash.param()).isEqualTo("address");
        StripeError scalar = invalid("POST", "/v1/customers", "name[first]=A");
        assertThat(scalar.param()).isEqualTo("name");
        StripeError currency = invalid("POST", "/v1/prices", "currency=usdx&product=p&unit_amount=1");
        assertThat(currency.param()).isEqualTo("currency");
    }

    @Test
    void unionsPickTheAlternativeThatFits() {
        ObjectNode exact = valid("GET", "/v1/customers", "created=1700000000");
        assertThat(exact.get("created").asLong()).isEqualTo(1_700_000_000L);
        ObjectNode range = valid("GET", "/v1/customers", "created[gte]=1&created[lt]=2");
        assertThat(range.get("created").toString()).isEqualTo("{\"gte\":1,\"lt\":2}");
        assertThat(invalid("GET", "/v1/customers", "created=soon").getMessage()).isEqualTo("Invalid integer: soon");
    }
}
