package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Stripe refuses a customer email that is not an address (400 email_invalid) on create and on update. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerEmailValidationTest {

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

    @Test
    void anEmailThatIsNotAnAddressIsRefused() {
        for (String bad : new String[] {"not-an-email", "a%40b", "two%20words%40example.com", "%40example.com"}) {
            RawClient.Response refused = client.post("/v1/customers", "email=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.error().path("code").asText()).isEqualTo("email_invalid");
            assertThat(refused.error().path("param").asText()).isEqualTo("email");
            assertThat(refused.error().path("message").asText()).startsWith("Invalid email address: ");
        }
        assertThat(client.get("/v1/customers").json().path("data").size()).isZero();
    }

    @Test
    void addressesAndUnsettingAreAccepted() {
        String id = client.post("/v1/customers", "email=jenny.rosen%2Btest%40example.co.uk").json().get("id").asText();
        assertThat(client.post("/v1/customers/" + id, "email=nope").status()).isEqualTo(400);
        assertThat(client.get("/v1/customers/" + id).json().path("email").asText())
                .isEqualTo("jenny.rosen+test@example.co.uk");
        assertThat(client.post("/v1/customers/" + id, "email=").json().path("email").isNull()).isTrue();
    }
}
