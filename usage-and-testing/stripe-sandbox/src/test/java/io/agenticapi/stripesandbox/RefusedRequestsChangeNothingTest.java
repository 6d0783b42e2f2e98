package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** On Stripe a request that fails changes nothing: the object reads as it did before the refused update. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedRequestsChangeNothingTest {

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
    void aRefusedPaymentIntentUpdateKeepsAmountAndDescription() {
        JsonNode intent = client.post("/v1/payment_intents", "amount=1000&currency=usd&payment_method=pm_card_visa"
                + "&payment_method_types[0]=card&confirm=true&description=original").json();
        assertThat(intent.path("status").asText()).isEqualTo("succeeded");
        String id = intent.get("id").asText();

        RawClient.Response refused = client.post("/v1/payment_intents/" + id, "amount=5000&description=changed");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().path("code").asText()).isEqualTo("payment_intent_unexpected_state");

        JsonNode after = client.get("/v1/payment_intents/" + id).json();
        assertThat(after.path("amount").asLong()).isEqualTo(1000);
        assertThat(after.path("description").asText()).isEqualTo("original");
    }

    @Test
    void aCustomerUpdateWithAnUnknownDefaultPaymentMethodKeepsTheName() {
        String id = client.post("/v1/customers", "name=Before").json().get("id").asText();

        RawClient.Response refused = client.post("/v1/customers/" + id,
                "name=After&metadata[k]=v&invoice_settings[default_payment_method]=pm_missing");
        assertThat(refused.status()).isEqualTo(404);

        JsonNode after = client.get("/v1/customers/" + id).json();
        assertThat(after.path("name").asText()).isEqualTo("Before");
        assertThat(after.path("metadata").size()).isZero();
        assertThat(client.post("/v1/customers/" + id, "name=After").json().path("name").asText()).isEqualTo("After");
    }
}
