package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A lookup key names one price: a taken key is refused unless transfer_lookup_key moves it, as on Stripe. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceLookupKeyTest {

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

    private String price(String extra) {
        RawClient.Response created = client.post("/v1/prices", "currency=usd&unit_amount=100"
                + "&product_data[name]=P" + extra);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    @Test
    void aTakenLookupKeyIsRefusedUnlessTransferred() {
        String first = price("&lookup_key=pro_monthly");
        RawClient.Response taken = client.post("/v1/prices", "currency=usd&unit_amount=200&product_data[name]=Q"
                + "&lookup_key=pro_monthly");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.error().path("param").asText()).isEqualTo("lookup_key");
        assertThat(taken.error().path("message").asText()).contains(first);

        String second = price("&lookup_key=pro_monthly&transfer_lookup_key=true");
        assertThat(client.get("/v1/prices/" + first).json().path("lookup_key").isNull()).isTrue();
        assertThat(RawClient.ids(client.get("/v1/prices?lookup_keys[0]=pro_monthly").json())).containsExactly(second);

        String third = price("");
        assertThat(client.post("/v1/prices/" + third, "lookup_key=pro_monthly").status()).isEqualTo(400);
        assertThat(client.post("/v1/prices/" + third, "lookup_key=pro_monthly&transfer_lookup_key=true").json()
                .path("lookup_key").asText()).isEqualTo("pro_monthly");
        assertThat(client.get("/v1/prices/" + second).json().path("lookup_key").isNull()).isTrue();
        assertThat(client.post("/v1/prices/" + third, "lookup_key=pro_monthly").status())
                .as("keeping its own key is fine").isEqualTo(200);
    }
}
