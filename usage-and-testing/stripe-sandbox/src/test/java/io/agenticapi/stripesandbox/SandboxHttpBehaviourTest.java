package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sandbox over raw HTTP: auth, headers, routing, parameters, CRUD, pagination, idempotency, expand, search. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxHttpBehaviourTest {

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

    private String createCustomer(String form) {
        RawClient.Response response = client.post("/v1/customers", form);
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return response.json().get("id").asText();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Authentication {

        @Test
        void missingKeyIs401WithStripesMessage() {
            RawClient.Response response = client.withAuthorization("/v1/customers", null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
            assertThat(response.error().path("message").asText()).startsWith("You did not provide an API key.");
            assertThat(response.header("Request-Id")).startsWith("req_");
        }

        @Test
        void liveKeysAreRefusedWithoutEchoingThem() {
            for (String key : List.of("sk_live_abcdefghijkl1234", "rk_live_abcdefghijkl1234")) {
                RawClient.Response response = client.withAuthorization("/v1/customers", "Bearer " + key);
                assertThat(response.status()).isEqualTo(401);
                String message = response.error().path("message").asText();
                assertThat(message).contains("only accepts test mode secret keys").doesNotContain(key)
                        .contains("1234");
            }
        }

        @Test
        void otherKeysAreInvalid() {
            RawClient.Response response = client.withAuthorization("/v1/customers", "Bearer pk_test_abc");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.error().path("message").asText()).startsWith("Invalid API Key provided");
        }

        @Test
        void basicAuthWithTheKeyAsUserWorks() {
            String basic = Base64.getEncoder().encodeToString("sk_test_abc:".getBytes(StandardCharsets.UTF_8));
            assertThat(client.withAuthorization("/v1/customers", "Basic " + basic).status()).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerHasRequestIdJsonAndTheEchoedVersion() {
        RawClient.Response response = client.send(client.builder("/v1/balance").GET()
                .header("Stripe-Version", "2024-06-20"), RawClient.KEY);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Request-Id")).matches("req_[0-9A-Za-z]{14}");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("Stripe-Version")).isEqualTo("2024-06-20");
        assertThat(response.json().path("object").asText()).isEqualTo("balance");
    }

    @Test
    void unknownUrlsAre404InStripesWords() {
        RawClient.Response response = client.get("/v1/foo");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(response.error().path("message").asText()).startsWith("Unrecognized request URL (GET: /v1/foo).");
        assertThat(client.send(client.builder("/v1/customers").PUT(
                java.net.http.HttpRequest.BodyPublishers.noBody()), RawClient.KEY).status()).isEqualTo(404);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Parameters {

        @Test
        void unknownParameterIsNamed() {
            RawClient.Response response = client.post("/v1/customers", "name=Alice&foo=bar");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.error().path("code").asText()).isEqualTo("parameter_unknown");
            assertThat(response.error().path("param").asText()).isEqualTo("foo");
            assertThat(response.error().path("message").asText()).isEqualTo("Received unknown parameter: foo");
        }

        @Test
        void unknownNestedParameterIsNamedWithBrackets() {
            RawClient.Response response = client.post("/v1/customers", "address[town]=Paris");
            assertThat(response.error().path("param").asText()).isEqualTo("address[town]");
        }

        @Test
        void mistypedIntegerIsRefused() {
            RawClient.Response response = client.post("/v1/payment_intents", "amount=abc&currency=usd");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.error().path("message").asText()).isEqualTo("Invalid integer: abc");
            assertThat(response.error().path("param").asText()).isEqualTo("amount");
        }

        @Test
        void missingRequiredParameter() {
            RawClient.Response response = client.post("/v1/payment_intents", "currency=usd");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.error().path("code").asText()).isEqualTo("parameter_missing");
            assertThat(response.error().path("message").asText()).isEqualTo("Missing required param: amount.");
        }

        @Test
        void enumValuesAreChecked() {
            RawClient.Response response = client.post("/v1/payment_intents",
                    "amount=1000&currency=usd&capture_method=later");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.error().path("param").asText()).isEqualTo("capture_method");
            assertThat(response.error().path("message").asText()).contains("must be one of");
        }

        @Test
        void currencyIsLowercasedAndMustExist() {
            RawClient.Response ok = client.post("/v1/payment_intents", "amount=1000&currency=EUR");
            assertThat(ok.json().path("currency").asText()).isEqualTo("eur");
            RawClient.Response bad = client.post("/v1/payment_intents", "amount=1000&currency=dollars");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.error().path("param").asText()).isEqualTo("currency");
        }

        @Test
        void bracketSyntaxBuildsNestedObjectsAndArrays() {
            RawClient.Response response = client.post("/v1/customers", "name=Alice&metadata[order]=42"
                    + "&address[city]=Paris&preferred_locales[0]=fr&preferred_locales[1]=en&expand[]=invoice_settings"
                    + ".default_payment_method");
            assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
            JsonNode customer = response.json();
            assertThat(customer.path("metadata").path("order").asText()).isEqualTo("42");
            assertThat(customer.path("address").path("city").asText()).isEqualTo("Paris");
            assertThat(customer.path("preferred_locales").toString()).isEqualTo("[\"fr\",\"en\"]");
        }

        @Test
        void jsonBodiesAreRefused() {
            RawClient.Response response = client.send(client.builder("/v1/customers")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")), RawClient.KEY);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.error().path("message").asText()).contains("form-encoded");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Customers {

        @Test
        void crudLifecycle() {
            RawClient.Response created = client.post("/v1/customers",
                    "name=Alice%20Smith&email=alice%40test.com&metadata[plan]=pro");
            JsonNode customer = created.json();
            String id = customer.get("id").asText();
            assertThat(id).matches("cus_[0-9A-Za-z]{14}");
            assertThat(customer.path("object").asText()).isEqualTo("customer");
            assertThat(customer.path("livemode").asBoolean(true)).isFalse();
            assertThat(customer.path("created").asLong())
                    .isBetween(System.currentTimeMillis() / 1000 - 60, System.currentTimeMillis() / 1000 + 60);
            assertThat(customer.path("email").asText()).isEqualTo("alice@test.com");
            assertThat(customer.path("discount").isNull()).isTrue();

            assertThat(client.get("/v1/customers/" + id).json().path("name").asText()).isEqualTo("Alice Smith");

            JsonNode updated = client.post("/v1/customers/" + id, "name=Alice%20Jones&metadata[plan]=&metadata[x]=1")
                    .json();
            assertThat(updated.path("name").asText()).isEqualTo("Alice Jones");
            assertThat(updated.path("email").asText()).isEqualTo("alice@test.com");
            assertThat(updated.path("metadata").toString()).isEqualTo("{\"x\":\"1\"}");

            JsonNode deleted = client.delete("/v1/customers/" + id).json();
            assertThat(deleted.toString())
                    .isEqualTo("{\"id\":\"" + id + "\",\"object\":\"customer\",\"deleted\":true}");

            assertThat(client.get("/v1/customers/" + id).json()).isEqualTo(deleted);
            assertThat(client.post("/v1/customers/" + id, "name=x").status()).isEqualTo(404);
            RawClient.Response missing = client.get("/v1/customers/cus_never");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.error().path("code").asText()).isEqualTo("resource_missing");
            assertThat(missing.error().path("message").asText()).isEqualTo("No such customer: 'cus_never'");
            assertThat(missing.error().path("param").asText()).isEqualTo("id");
        }

        @Test
        void listsAreNewestFirstAndFilterByEmail() {
            String first = createCustomer("email=a%40x.com");
            String second = createCustomer("email=b%40x.com");
            String third = createCustomer("email=a%40x.com");
            JsonNode list = client.get("/v1/customers").json();
            assertThat(list.path("object").asText()).isEqualTo("list");
            assertThat(list.path("url").asText()).isEqualTo("/v1/customers");
            assertThat(list.path("has_more").asBoolean(true)).isFalse();
            assertThat(RawClient.ids(list)).containsExactly(third, second, first);
            assertThat(RawClient.ids(client.get("/v1/customers?email=a%40x.com").json()))
                    .containsExactly(third, first);
        }

        @Test
        void paginationWithCursorsInBothDirections() {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                created.add(0, createCustomer("name=c" + i));
            }
            JsonNode page1 = client.get("/v1/customers").json();
            assertThat(RawClient.ids(page1)).containsExactlyElementsOf(created.subList(0, 10));
            assertThat(page1.path("has_more").asBoolean()).isTrue();
            JsonNode page3 = client.get("/v1/customers?limit=10&starting_after=" + created.get(19)).json();
            assertThat(RawClient.ids(page3)).containsExactlyElementsOf(created.subList(20, 25));
            assertThat(page3.path("has_more").asBoolean(true)).isFalse();
            JsonNode before = client.get("/v1/customers?limit=3&ending_before=" + created.get(10)).json();
            assertThat(RawClient.ids(before)).containsExactlyElementsOf(created.subList(7, 10));
            assertThat(before.path("has_more").asBoolean()).isTrue();

            assertThat(client.get("/v1/customers?limit=0").status()).isEqualTo(400);
            assertThat(client.get("/v1/customers?limit=101").error().path("param").asText()).isEqualTo("limit");
            RawClient.Response unknownCursor = client.get("/v1/customers?starting_after=cus_nope");
            assertThat(unknownCursor.status()).isEqualTo(404);
            assertThat(unknownCursor.error().path("code").asText()).isEqualTo("resource_missing");
            assertThat(unknownCursor.error().path("param").asText()).isEqualTo("starting_after");
        }

        @Test
        void searchSupportsStripesQuerySyntax() {
            String alice = createCustomer("name=Alice%20Smith&email=alice%40test.com&metadata[tier]=gold");
            String bob = createCustomer("name=Bob&email=bob%40test.com&metadata[tier]=silver");
            assertThat(search("email:'alice@test.com'")).containsExactly(alice);
            assertThat(search("name~'lic' OR metadata['tier']:'silver'")).containsExactlyInAnyOrder(alice, bob);
            assertThat(search("email~'test.com' AND -name:'Bob'")).containsExactly(alice);
            JsonNode result = client.get("/v1/customers/search?query=" + encode("email~'test'") + "&limit=1").json();
            assertThat(result.path("object").asText()).isEqualTo("search_result");
            assertThat(result.path("has_more").asBoolean()).isTrue();
            JsonNode next = client.get("/v1/customers/search?query=" + encode("email~'test'") + "&limit=1&page="
                    + result.path("next_page").asText()).json();
            assertThat(next.path("has_more").asBoolean(true)).isFalse();
            assertThat(next.path("next_page").isNull()).isTrue();
            assertThat(RawClient.ids(next)).doesNotContainAnyElementsOf(RawClient.ids(result));
            assertThat(client.get("/v1/customers/search?query=" + encode("bogus:'x'")).status()).isEqualTo(400);
        }

        private List<String> search(String query) {
            return RawClient.ids(client.get("/v1/customers/search?query=" + encode(query)).json());
        }
    }

    @Test
    void idempotencyReplaysTheFirstAnswerAndRefusesOtherParameters() {
        RawClient.Response first = client.postIdempotent("/v1/customers", "name=Alice", "key-1");
        RawClient.Response again = client.postIdempotent("/v1/customers", "name=Alice", "key-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(RawClient.ids(client.get("/v1/customers").json())).hasSize(1);

        RawClient.Response conflict = client.postIdempotent("/v1/customers", "name=Bob", "key-1");
        assertThat(conflict.status()).isEqualTo(400);
        assertThat(conflict.error().path("type").asText()).isEqualTo("idempotency_error");

        // validation errors are not saved: the key stays usable
        assertThat(client.postIdempotent("/v1/customers", "bogus=1", "key-2").status()).isEqualTo(400);
        assertThat(client.postIdempotent("/v1/customers", "name=Carol", "key-2").status()).isEqualTo(200);
    }

    @Test
    void expandReplacesIdsWithObjects() {
        String customer = createCustomer("name=Alice");
        JsonNode intent = client.post("/v1/payment_intents", "amount=1000&currency=usd&customer=" + customer
                + "&payment_method=pm_card_visa&confirm=true&expand[]=customer&expand[]=latest_charge").json();
        assertThat(intent.path("customer").path("id").asText()).isEqualTo(customer);
        assertThat(intent.path("latest_charge").path("object").asText()).isEqualTo("charge");
        JsonNode list = client.get("/v1/payment_intents?customer=" + customer + "&expand[]=data.customer").json();
        assertThat(list.path("data").get(0).path("customer").path("name").asText()).isEqualTo("Alice");
        RawClient.Response wrong = client.get("/v1/payment_intents?expand[]=customer");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.error().path("message").asText()).contains("data.customer");
    }

    @Test
    void resetForgetsEverything() {
        String id = createCustomer("name=Temp");
        server.reset();
        assertThat(client.get("/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void concurrentCreatesAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                tasks.add(() -> createCustomer("name=c" + n));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                ids.add(future.get());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(40);
            assertThat(client.get("/v1/customers?limit=100").json().path("data").size()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void routesWithoutStateAnswerTheirFixture() {
        JsonNode accounts = client.get("/v1/accounts").json();
        assertThat(accounts.path("object").asText()).isEqualTo("list");
        assertThat(accounts.path("data").get(0).path("object").asText()).isEqualTo("account");
        JsonNode payout = client.post("/v1/payouts/po_123/cancel", "").json();
        assertThat(payout.path("id").asText()).isEqualTo("po_123");
        JsonNode rate = client.post("/v1/tax_rates", "display_name=VAT&percentage=20&inclusive=false").json();
        assertThat(rate.path("object").asText()).isEqualTo("tax_rate");
        assertThat(rate.path("display_name").asText()).isEqualTo("VAT");
        assertThat(rate.path("id").asText()).startsWith("txr_").isNotEqualTo("txr_1Pgc7BB7WZ01zgkW4Iwwvf6z");
        // a sub-resource of a stored object needs that object
        assertThat(client.get("/v1/customers/cus_missing/tax_ids").status()).isEqualTo(404);
        String customer = createCustomer("name=A");
        assertThat(client.get("/v1/customers/" + customer + "/tax_ids").status()).isEqualTo(200);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
