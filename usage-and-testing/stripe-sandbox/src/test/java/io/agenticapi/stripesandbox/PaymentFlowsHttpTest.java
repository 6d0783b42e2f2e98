package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stateful flows' rules over raw HTTP, beyond what the stripe-java conformance test walks through. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentFlowsHttpTest {

    private StripeSandboxServer server;
    private RawClient client;

    @BeforeAll
    void start() {
        server = StripeSandboxServer.start(0);
        client = new RawClient(server.baseUrl());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private JsonNode ok(RawClient.Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return response.json();
    }

    private String id(RawClient.Response response) {
        return ok(response).path("id").asText();
    }

    @Test
    void paymentIntentStateRules() {
        String intent = id(client.post("/v1/payment_intents", "amount=1000&currency=usd"));
        RawClient.Response noMethod = client.post("/v1/payment_intents/" + intent + "/confirm", "");
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.error().path("code").asText()).isEqualTo("payment_intent_unexpected_state");

        JsonNode withMethod = ok(client.post("/v1/payment_intents/" + intent, "payment_method=pm_card_visa"));
        assertThat(withMethod.path("status").asText()).isEqualTo("requires_confirmation");
        assertThat(ok(client.post("/v1/payment_intents/" + intent + "/confirm", "")).path("status").asText())
                .isEqualTo("succeeded");
        RawClient.Response twice = client.post("/v1/payment_intents/" + intent + "/confirm", "");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.error().path("message").asText()).contains("already succeeded");
        assertThat(client.post("/v1/payment_intents/" + intent + "/capture", "").status()).isEqualTo(400);

        RawClient.Response small = client.post("/v1/payment_intents", "amount=10&currency=usd");
        assertThat(small.error().path("code").asText()).isEqualTo("amount_too_small");
        assertThat(small.error().path("message").asText()).isEqualTo("Amount must be at least $0.50 usd");
        assertThat(client.post("/v1/payment_intents/pi_missing/confirm", "").error().path("message").asText())
                .isEqualTo("No such payment_intent: 'pi_missing'");
    }

    @Test
    void authenticationRequiredCardsAskForAction() {
        JsonNode intent = ok(client.post("/v1/payment_intents",
                "amount=1000&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true"));
        assertThat(intent.path("status").asText()).isEqualTo("requires_action");
        assertThat(intent.path("next_action").path("type").asText()).isEqualTo("use_stripe_sdk");
        RawClient.Response offSession = client.post("/v1/payment_intents", "amount=1000&currency=usd"
                + "&payment_method=pm_card_authenticationRequired&confirm=true&off_session=true");
        assertThat(offSession.status()).isEqualTo(402);
        assertThat(offSession.error().path("code").asText()).isEqualTo("authentication_required");
    }

    @Test
    void declinesLeaveAFailedChargeAndTheIntentInTheError() {
        RawClient.Response declined = client.post("/v1/payment_intents",
                "amount=1000&currency=usd&payment_method=pm_card_chargeDeclinedInsufficientFunds&confirm=true");
        assertThat(declined.status()).isEqualTo(402);
        JsonNode error = declined.error();
        assertThat(error.path("type").asText()).isEqualTo("card_error");
        assertThat(error.path("decline_code").asText()).isEqualTo("insufficient_funds");
        assertThat(error.path("payment_intent").path("status").asText()).isEqualTo("requires_payment_method");
        JsonNode charge = ok(client.get("/v1/charges/" + error.path("charge").asText()));
        assertThat(charge.path("status").asText()).isEqualTo("failed");
        assertThat(charge.path("failure_code").asText()).isEqualTo("card_declined");
        assertThat(charge.path("outcome").path("reason").asText()).isEqualTo("insufficient_funds");
    }

    @Test
    void directChargesWithTokens() {
        JsonNode charge = ok(client.post("/v1/charges", "amount=2500&currency=usd&source=tok_visa"
                + "&description=Order%201&metadata[order]=1"));
        assertThat(charge.path("status").asText()).isEqualTo("succeeded");
        assertThat(charge.path("description").asText()).isEqualTo("Order 1");
        assertThat(charge.path("metadata").path("order").asText()).isEqualTo("1");
        RawClient.Response declined = client.post("/v1/charges", "amount=2500&currency=usd&source=tok_chargeDeclined");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.error().path("charge").asText()).startsWith("ch_");
        JsonNode refunds = ok(client.get("/v1/charges/" + charge.path("id").asText() + "/refunds"));
        assertThat(refunds.path("data")).isEmpty();
        String refund = id(client.post("/v1/refunds", "charge=" + charge.path("id").asText() + "&amount=500"));
        assertThat(RawClient.ids(ok(client.get("/v1/charges/" + charge.path("id").asText() + "/refunds"))))
                .containsExactly(refund);
        RawClient.Response tooMuch = client.post("/v1/refunds", "charge=" + charge.path("id").asText()
                + "&amount=5000");
        assertThat(tooMuch.error().path("code").asText()).isEqualTo("amount_too_large");
    }

    @Test
    void paymentMethodsAttachDetachAndCustomerDefaults() {
        String customer = id(client.post("/v1/customers", "payment_method=pm_card_visa"
                + "&invoice_settings[default_payment_method]=pm_card_visa"));
        JsonNode methods = ok(client.get("/v1/customers/" + customer + "/payment_methods"));
        assertThat(methods.path("data")).hasSize(1);
        String pm = methods.path("data").get(0).path("id").asText();
        assertThat(ok(client.get("/v1/customers/" + customer)).path("invoice_settings")
                .path("default_payment_method").asText()).isEqualTo(pm);
        RawClient.Response declinedCard = client.post("/v1/payment_methods/pm_card_chargeDeclined/attach",
                "customer=" + customer);
        assertThat(declinedCard.status()).isEqualTo(402);
        JsonNode created = ok(client.post("/v1/payment_methods",
                "type=card&card[number]=5555555555554444&card[exp_month]=12&card[exp_year]=2030&card[cvc]=123"));
        assertThat(created.path("card").path("brand").asText()).isEqualTo("mastercard");
        assertThat(created.path("card").path("last4").asText()).isEqualTo("4444");
        RawClient.Response badNumber = client.post("/v1/payment_methods",
                "type=card&card[number]=4242424242424241&card[exp_month]=1&card[exp_year]=2031");
        assertThat(badNumber.error().path("code").asText()).isEqualTo("incorrect_number");
        String other = created.path("id").asText();
        ok(client.post("/v1/payment_methods/" + other + "/attach", "customer=" + customer));
        assertThat(ok(client.get("/v1/payment_methods?customer=" + customer + "&type=card")).path("data"))
                .hasSize(2);
        assertThat(ok(client.post("/v1/payment_methods/" + other + "/detach", "")).path("customer").isNull())
                .isTrue();
    }

    @Test
    void subscriptionsNeedAPaymentMethodUnlessTrialingAndHideWhenCanceled() {
        String customer = id(client.post("/v1/customers", "name=S"));
        String price = id(client.post("/v1/prices", "currency=usd&unit_amount=1200&recurring[interval]=month"
                + "&product_data[name]=Pro"));
        RawClient.Response noCard = client.post("/v1/subscriptions", "customer=" + customer
                + "&items[0][price]=" + price);
        assertThat(noCard.status()).isEqualTo(400);
        assertThat(noCard.error().path("message").asText()).startsWith("This customer has no attached payment source");
        JsonNode trial = ok(client.post("/v1/subscriptions", "customer=" + customer + "&items[0][price]=" + price
                + "&trial_period_days=14"));
        assertThat(trial.path("status").asText()).isEqualTo("trialing");
        assertThat(trial.path("trial_end").asLong() - trial.path("trial_start").asLong()).isEqualTo(14 * 86_400L);
        JsonNode incomplete = ok(client.post("/v1/subscriptions", "customer=" + customer + "&items[0][price]="
                + price + "&payment_behavior=default_incomplete&expand[]=latest_invoice"));
        assertThat(incomplete.path("status").asText()).isEqualTo("incomplete");
        assertThat(incomplete.path("latest_invoice").path("status").asText()).isEqualTo("open");
        assertThat(incomplete.path("latest_invoice").path("amount_due").asLong()).isEqualTo(1200);

        String oneTime = id(client.post("/v1/prices", "currency=usd&unit_amount=100&product_data[name]=Once"));
        RawClient.Response notRecurring = client.post("/v1/subscriptions", "customer=" + customer
                + "&items[0][price]=" + oneTime + "&trial_period_days=3");
        assertThat(notRecurring.error().path("param").asText()).isEqualTo("items[0][price]");

        ok(client.delete("/v1/subscriptions/" + trial.path("id").asText()));
        assertThat(RawClient.ids(ok(client.get("/v1/subscriptions?customer=" + customer))))
                .containsExactly(incomplete.path("id").asText());
        assertThat(ok(client.get("/v1/subscriptions?status=all")).path("data")).hasSize(2);
        assertThat(ok(client.get("/v1/subscriptions?price=" + price + "&status=canceled")).path("data")).hasSize(1);
    }

    @Test
    void invoicesFollowTheirLifecycle() {
        String customer = id(client.post("/v1/customers", "email=inv%40test.com"));
        String invoice = id(client.post("/v1/invoices", "customer=" + customer
                + "&collection_method=send_invoice&days_until_due=7"));
        String price = id(client.post("/v1/prices", "currency=usd&unit_amount=450&product_data[name]=Hour"));
        ok(client.post("/v1/invoiceitems", "customer=" + customer + "&invoice=" + invoice + "&pricing[price]="
                + price + "&quantity=2"));
        JsonNode draft = ok(client.get("/v1/invoices/" + invoice));
        assertThat(draft.path("amount_due").asLong()).isEqualTo(900);
        assertThat(draft.path("lines").path("data").get(0).path("description").asText()).isEqualTo("Hour");
        assertThat(draft.path("customer_email").asText()).isEqualTo("inv@test.com");
        JsonNode open = ok(client.post("/v1/invoices/" + invoice + "/finalize", ""));
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.path("hosted_invoice_url").asText()).contains(invoice);
        assertThat(ok(client.post("/v1/invoices/" + invoice + "/send", "")).path("status").asText())
                .isEqualTo("open");
        RawClient.Response delete = client.delete("/v1/invoices/" + invoice);
        assertThat(delete.status()).isEqualTo(400);
        RawClient.Response pay = client.post("/v1/invoices/" + invoice + "/pay", "");
        assertThat(pay.error().path("message").asText()).startsWith("This customer has no attached payment source");
        JsonNode paid = ok(client.post("/v1/invoices/" + invoice + "/pay", "paid_out_of_band=true"));
        assertThat(paid.path("status").asText()).isEqualTo("paid");
        assertThat(client.post("/v1/invoices/" + invoice + "/void", "").status()).isEqualTo(400);
        assertThat(ok(client.get("/v1/invoices/" + invoice + "/lines")).path("data")).hasSize(1);
    }

    @Test
    void checkoutSessionsComputeTotalsAndExpire() {
        JsonNode session = ok(client.post("/v1/checkout/sessions", "mode=payment&success_url=https%3A%2F%2Fx.test"
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=2000"
                + "&line_items[0][price_data][product_data][name]=T-shirt&line_items[0][quantity]=3"));
        String id = session.path("id").asText();
        assertThat(id).matches("cs_test_[0-9A-Za-z]{58}");
        assertThat(session.path("amount_total").asLong()).isEqualTo(6000);
        assertThat(session.path("url").asText()).isEqualTo("https://checkout.stripe.com/c/pay/" + id);
        JsonNode items = ok(client.get("/v1/checkout/sessions/" + id + "/line_items"));
        assertThat(items.path("data").get(0).path("description").asText()).isEqualTo("T-shirt");
        assertThat(items.path("data").get(0).path("quantity").asLong()).isEqualTo(3);
        RawClient.Response noQuantity = client.post("/v1/checkout/sessions", "mode=payment"
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=1"
                + "&line_items[0][price_data][product_data][name]=x");
        assertThat(noQuantity.error().path("param").asText()).isEqualTo("line_items[0][quantity]");
        assertThat(ok(client.post("/v1/checkout/sessions/" + id + "/expire", "")).path("status").asText())
                .isEqualTo("expired");
        assertThat(client.post("/v1/checkout/sessions/" + id + "/expire", "").status()).isEqualTo(400);
    }

    @Test
    void productsWithPricesCannotBeDeletedAndCouponsNeedOneDiscount() {
        JsonNode product = ok(client.post("/v1/products", "name=Mug&default_price_data[currency]=usd"
                + "&default_price_data[unit_amount]=800&expand[]=default_price"));
        assertThat(product.path("default_price").path("unit_amount").asLong()).isEqualTo(800);
        assertThat(client.delete("/v1/products/" + product.path("id").asText()).status()).isEqualTo(400);
        String bare = id(client.post("/v1/products", "name=Bare&id=prod_custom"));
        assertThat(bare).isEqualTo("prod_custom");
        assertThat(ok(client.delete("/v1/products/prod_custom")).path("deleted").asBoolean()).isTrue();
        assertThat(ok(client.get("/v1/prices?product=" + product.path("id").asText())).path("data")).hasSize(1);

        assertThat(client.post("/v1/coupons", "duration=once").status()).isEqualTo(400);
        assertThat(client.post("/v1/coupons", "amount_off=500").error().path("param").asText())
                .isEqualTo("currency");
        JsonNode coupon = ok(client.post("/v1/coupons", "id=SUMMER&percent_off=20&duration=repeating"
                + "&duration_in_months=3"));
        assertThat(coupon.path("id").asText()).isEqualTo("SUMMER");
        String customer = id(client.post("/v1/customers", "coupon=SUMMER"));
        assertThat(ok(client.get("/v1/customers/" + customer)).path("discount").path("source").path("coupon")
                .asText()).isEqualTo("SUMMER");
    }
}
