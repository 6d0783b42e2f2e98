package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Captured charges and refunds move funds: their balance transactions exist, expand, list and retrieve. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BalanceTransactionsTest {

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

    private JsonNode pay(String extra) {
        return client.post("/v1/payment_intents", "amount=2000&currency=usd&payment_method=pm_card_visa"
                + "&payment_method_types[0]=card&confirm=true" + extra).json();
    }

    @Test
    void aChargeExpandsToItsBalanceTransactionWithFeeAndNet() {
        JsonNode intent = client.post("/v1/payment_intents", "amount=2000&currency=usd&payment_method=pm_card_visa"
                + "&payment_method_types[0]=card&confirm=true&expand[0]=latest_charge.balance_transaction").json();
        JsonNode txn = intent.path("latest_charge").path("balance_transaction");
        assertThat(txn.path("object").asText()).isEqualTo("balance_transaction");
        assertThat(txn.path("amount").asLong()).isEqualTo(2000);
        assertThat(txn.path("fee").asLong()).isEqualTo(88); // 2.9% + 30
        assertThat(txn.path("net").asLong()).isEqualTo(1912);
        assertThat(txn.path("type").asText()).isEqualTo("charge");
        assertThat(txn.path("source").asText()).isEqualTo(intent.path("latest_charge").path("id").asText());
        assertThat(txn.path("fee_details").get(0).path("type").asText()).isEqualTo("stripe_fee");

        JsonNode retrieved = client.get("/v1/balance_transactions/" + txn.path("id").asText()).json();
        assertThat(retrieved).isEqualTo(txn);
    }

    @Test
    void uncapturedChargesHaveNoneUntilCapturedAndRefundsHaveTheirOwn() {
        JsonNode intent = pay("&capture_method=manual");
        String chargeId = intent.path("latest_charge").asText();
        assertThat(client.get("/v1/charges/" + chargeId).json().path("balance_transaction").isNull()).isTrue();

        client.post("/v1/payment_intents/" + intent.path("id").asText() + "/capture", "amount_to_capture=1500");
        String chargeTxn = client.get("/v1/charges/" + chargeId).json().path("balance_transaction").asText();
        assertThat(client.get("/v1/balance_transactions/" + chargeTxn).json().path("amount").asLong()).isEqualTo(1500);

        JsonNode refund = client.post("/v1/refunds", "charge=" + chargeId + "&amount=500").json();
        JsonNode refundTxn = client.get("/v1/balance_transactions/" + refund.path("balance_transaction").asText())
                .json();
        assertThat(refundTxn.path("amount").asLong()).isEqualTo(-500);
        assertThat(refundTxn.path("type").asText()).isEqualTo("refund");
        assertThat(refundTxn.path("source").asText()).isEqualTo(refund.path("id").asText());

        assertThat(RawClient.ids(client.get("/v1/balance_transactions").json()))
                .containsExactly(refundTxn.path("id").asText(), chargeTxn);
        assertThat(RawClient.ids(client.get("/v1/balance_transactions?type=refund").json()))
                .containsExactly(refundTxn.path("id").asText());
        assertThat(client.get("/v1/balance_transactions/txn_unknown").status()).isEqualTo(404);
    }
}
