package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stripe's current subscription guide: default_incomplete with save_default_payment_method, and the invoice's
 * confirmation_secret, an includable field answered only when expanded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionGuideTest {

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

    @Test
    void anIncompleteSubscriptionsInvoiceExpandsToItsConfirmationSecret() {
        String price = client.post("/v1/prices", "currency=usd&unit_amount=1500&recurring[interval]=month"
                + "&product_data[name]=Pro").json().get("id").asText();
        String customer = client.post("/v1/customers", "email=guide%40example.com").json().get("id").asText();

        RawClient.Response created = client.post("/v1/subscriptions", "customer=" + customer + "&items[0][price]="
                + price + "&payment_behavior=default_incomplete"
                + "&payment_settings[save_default_payment_method]=on_subscription"
                + "&expand[0]=latest_invoice.confirmation_secret");
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        JsonNode subscription = created.json();
        assertThat(subscription.path("status").asText()).isEqualTo("incomplete");
        JsonNode invoice = subscription.path("latest_invoice");
        assertThat(invoice.path("status").asText()).isEqualTo("open");
        JsonNode secret = invoice.path("confirmation_secret");
        assertThat(secret.path("type").asText()).isEqualTo("payment_intent");
        assertThat(secret.path("client_secret").asText()).matches("pi_\\w+_secret_\\w+");

        String invoiceId = invoice.path("id").asText();
        assertThat(client.get("/v1/invoices/" + invoiceId).json().has("confirmation_secret"))
                .as("includable: absent unless expanded").isFalse();
        assertThat(client.get("/v1/invoices/" + invoiceId + "?expand[]=confirmation_secret").json()
                .path("confirmation_secret")).isEqualTo(secret);

        RawClient.Response old = client.get("/v1/subscriptions/" + subscription.path("id").asText()
                + "?expand[]=latest_invoice.payment_intent");
        assertThat(old.status()).as("invoices have no payment_intent field any more").isEqualTo(400);
    }

    @Test
    void aPaidInvoiceHasNoConfirmationSecret() {
        String customer = client.post("/v1/customers", "email=paid%40example.com").json().get("id").asText();
        String invoice = client.post("/v1/invoices", "customer=" + customer).json().get("id").asText();
        JsonNode finalized = client.post("/v1/invoices/" + invoice + "/finalize", "expand[0]=confirmation_secret")
                .json();
        assertThat(finalized.path("status").asText()).isEqualTo("paid");
        assertThat(finalized.path("confirmation_secret").isNull()).isTrue();
    }
}
