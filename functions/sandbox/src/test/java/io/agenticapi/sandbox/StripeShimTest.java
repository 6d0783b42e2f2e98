package io.agenticapi.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The stripe shim end to end: guest code -> shim -> host bridge -> stripe-java -> a Stripe-shaped server. */
class StripeShimTest {

    private static final String REAL_KEY = "sk_test_REAL0123456789abcdefghij";
    private static FakeStripeServer server;
    private static ExecutionRequest request;
    private final PythonSandbox sandbox = TestSandbox.get();

    @BeforeAll
    static void startServer() throws IOException {
        server = new FakeStripeServer(REAL_KEY);
        request = ExecutionRequest.stripe(REAL_KEY, new StripeJavaTransport(server.baseUrl()));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetRequests() {
        server.received().clear();
    }

    private ExecutionResult run(String code) {
        return sandbox.execute(code, request);
    }

    @Test
    void createsACustomerWithTheRealKeyWhileTheGuestOnlySeesThePlaceholder() {
        ExecutionResult result = run("""
                import os
                import stripe
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com",
                                                  metadata={"plan": "gold"}, expand=["invoice_settings"])
                print(customer.id, customer["name"], customer.metadata.plan, type(customer).__name__)
                print(isinstance(customer, dict), customer.to_dict()["email"])
                print("key:", stripe.api_key)
                print("env:", dict(os.environ))
                """);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).startsWith("cus_test_1 Alice Smith gold Customer\nTrue alice@test.com\n")
                .contains("key: " + SandboxEngine.PLACEHOLDER_KEY).doesNotContain(REAL_KEY);
        FakeStripeServer.Received sent = server.received().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo("/v1/customers");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + REAL_KEY);
        assertThat(sent.form()).containsEntry("name", "Alice Smith").containsEntry("email", "alice@test.com")
                .containsEntry("metadata[plan]", "gold").containsEntry("expand[0]", "invoice_settings");
        assertThat(result.apiCalls()).hasSize(1);
        ApiCall call = result.apiCalls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/v1/customers");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.requestId()).startsWith("req_");
    }

    @Test
    void aKeyEchoedByTheServerIsRedactedBeforeTheGuestSeesIt() {
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_whatever"
                c = stripe.Customer.retrieve("cus_echo")
                print(c.description)
                print(c.description[::-1])
                """);

        assertThat(result.status()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).contains("seen key Bearer [REDACTED]")
                .doesNotContain(REAL_KEY, new StringBuilder(REAL_KEY).reverse().toString());
        assertThat(server.received().get(0).header("Authorization")).isEqualTo("Bearer " + REAL_KEY);
    }

    @Test
    void listsFollowStartingAfterInAutoPagingAndSearchWorks() {
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                page = stripe.Customer.list(limit=2)
                print(len(page.data), page.has_more, [c.id for c in page])
                print([c.id for c in page.auto_paging_iter()])
                found = stripe.Customer.search(query="email:'alice@test.com'")
                print(type(found).__name__, [c.email for c in found.auto_paging_iter()])
                """);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("2 True ['cus_1', 'cus_2']\n['cus_1', 'cus_2', 'cus_3']\n"
                + "SearchResultObject ['alice@test.com']\n");
        assertThat(server.received()).extracting(FakeStripeServer.Received::uri).containsExactly(
                "/v1/customers?limit=2", "/v1/customers?limit=2&starting_after=cus_2",
                "/v1/customers/search?query=email%3A%27alice%40test.com%27");
    }

    @Test
    void cardErrorsMapToTheStripeErrorHierarchy() {
        ExecutionResult result = run("""
                import stripe
                from stripe.error import CardError
                import stripe.error
                stripe.api_key = "sk_test_x"
                try:
                    stripe.PaymentIntent.create(amount=500, currency="usd", payment_method="pm_card_chargeDeclined",
                                                confirm=True)
                except stripe.CardError as e:
                    print(type(e).__name__, e.http_status, e.code, e.param, e.decline_code)
                    print(isinstance(e, stripe.error.StripeError), isinstance(e, CardError), e is not None)
                    print(e.user_message, e.json_body["error"]["type"], e.error.decline_code)
                    print(str(e).startswith("Request req_"))
                """);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("""
                CardError 402 card_declined payment_method insufficient_funds
                True True True
                Your card has insufficient funds. card_error insufficient_funds
                True
                """);
        assertThat(server.received().get(0).form()).containsEntry("confirm", "true").containsEntry("amount", "500");
        assertThat(result.apiCalls()).extracting(ApiCall::status).containsExactly(402);
    }

    @Test
    void otherStatusesMapToTheirErrorsAndUncaughtOnesNameTheStripeType() {
        ExecutionResult caught = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                for call in (lambda: stripe.Customer.retrieve("cus_missing"), lambda: stripe.Balance.retrieve()):
                    try:
                        call()
                    except stripe.error.StripeError as e:
                        print(type(e).__name__, e.http_status, e.code)
                """);
        assertThat(caught.stdout()).isEqualTo("InvalidRequestError 404 resource_missing\nRateLimitError 429 rate_limit\n");

        ExecutionResult uncaught = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                print("looking")
                stripe.Customer.retrieve("cus_missing")
                """);
        assertThat(uncaught.status()).isEqualTo(ExecutionResult.ERROR);
        assertThat(uncaught.error().type()).isEqualTo("stripe.error.InvalidRequestError");
        assertThat(uncaught.error().message()).contains("No such customer: 'cus_missing'");
        assertThat(uncaught.error().line()).isEqualTo(4);
        assertThat(uncaught.stderr()).contains("File \"main.py\", line 4");
    }

    @Test
    void stripeClientServicesAndInstanceMethods() {
        ExecutionResult result = run("""
                import stripe
                client = stripe.StripeClient("sk_test_from_code")
                c = client.v1.customers.create(params={"name": "Bob", "metadata": {"a": "1"}},
                                               options={"idempotency_key": "idem-123"})
                same = client.customers.retrieve(c.id)
                gone = client.customers.delete(c.id)
                print(same.name, same.metadata["a"], gone.deleted)
                pi = client.payment_intents.create(params={"amount": 700, "currency": "eur"})
                print(pi.status, pi.confirm().status, pi.status)
                cust = stripe.Customer.retrieve("cus_test_1", api_key="sk_test_y", stripe_account="acct_9",
                                                stripe_version="2024-06-20")
                print(cust.delete().deleted)
                """);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("Bob 1 True\nrequires_confirmation succeeded succeeded\nTrue\n");
        assertThat(server.received()).extracting(r -> r.method() + " " + r.uri()).containsExactly(
                "POST /v1/customers", "GET /v1/customers/cus_test_1", "DELETE /v1/customers/cus_test_1",
                "POST /v1/payment_intents", "POST /v1/payment_intents/pi_1/confirm",
                "GET /v1/customers/cus_test_1", "DELETE /v1/customers/cus_test_1");
        assertThat(server.received().get(0).header("Idempotency-Key")).isEqualTo("idem-123");
        assertThat(server.received().get(5).header("Stripe-Account")).isEqualTo("acct_9");
        assertThat(server.received().get(5).header("Stripe-Version")).isEqualTo("2024-06-20");
        assertThat(server.received().get(6).header("Stripe-Account")).isEqualTo("acct_9");
        assertThat(server.received()).allSatisfy(r -> assertThat(r.header("Authorization"))
                .isEqualTo("Bearer " + REAL_KEY));
    }

    @Test
    void withoutAnyKeyTheShimRaisesAuthenticationErrorLikeStripePython() {
        ExecutionResult result = run("""
                import stripe
                try:
                    stripe.Customer.create(name="x")
                except stripe.error.AuthenticationError as e:
                    print("auth:", e)
                """);

        assertThat(result.stdout()).startsWith("auth: No API key provided.");
        assertThat(server.received()).isEmpty();
        assertThat(result.apiCalls()).isEmpty();
    }

    @Test
    void unreachableApiBecomesApiConnectionError() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ExecutionResult result = sandbox.execute("""
                import stripe
                stripe.api_key = "sk_test_x"
                try:
                    stripe.Customer.list()
                except stripe.error.APIConnectionError as e:
                    print("connection error", isinstance(e, stripe.StripeError))
                """, ExecutionRequest.stripe(REAL_KEY, new StripeJavaTransport("http://127.0.0.1:" + closedPort)));

        assertThat(result.stdout()).isEqualTo("connection error True\n");
        assertThat(result.apiCalls()).extracting(ApiCall::status).containsExactly(0);
    }

    @Test
    void ordinaryScriptsRunAgainstTheServer() {
        for (String name : new String[] {"create customer", "list customers with paging", "StripeClient services",
                "modify and delete", "custom error class"}) {
            ExecutionResult result = run(StripeScripts.ORDINARY.get(name));
            assertThat(result.status()).as(name + ": " + result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
            assertThat(result.apiCalls()).as(name).isNotEmpty();
            assertThat(result.stdout()).as(name).isNotBlank().doesNotContain(REAL_KEY);
        }
    }
}
