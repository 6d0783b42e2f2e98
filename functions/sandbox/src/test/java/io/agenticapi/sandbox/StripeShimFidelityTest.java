package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Details where the shim must behave like stripe-python, each found by a script of the Stripe corpus
 * (usage-and-testing/cli/src/test/resources/stripe-corpus): what save() sends, the fields of an error, and the
 * cursors of paging requests. The API is a scripted transport, so the exact requests can be checked.
 */
class StripeShimFidelityTest {

    private final PythonSandbox sandbox = TestSandbox.get();

    /** Answers each request with the function's JSON (status 200, or the status in a leading "NNN " prefix). */
    private static final class ScriptedApi implements ApiTransport {
        final List<ApiRequest> sent = new CopyOnWriteArrayList<>();
        private final Function<ApiRequest, String> answer;

        ScriptedApi(Function<ApiRequest, String> answer) {
            this.answer = answer;
        }

        @Override
        public ApiResponse send(ApiRequest request) {
            sent.add(request);
            String reply = answer.apply(request);
            int status = 200;
            if (reply.matches("^\\d{3} .*")) {
                status = Integer.parseInt(reply.substring(0, 3));
                reply = reply.substring(4);
            }
            return new ApiResponse(status, reply, Map.of("Request-Id", "req_" + sent.size()));
        }

        @Override
        public String baseUrl() {
            return "http://127.0.0.1:1";
        }

        Map<String, String> form(int index) {
            Map<String, String> form = new LinkedHashMap<>();
            String body = sent.get(index).formBody();
            for (String pair : body == null ? new String[0] : body.split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            return form;
        }
    }

    private ExecutionResult run(String code, ScriptedApi api) {
        return sandbox.execute(code, ExecutionRequest.stripe("sk_test_fidelity", api));
    }

    @Test
    void saveSendsChangesInsideNestedObjectsAndUnsetsWhatAReplacedHashLost() {
        String product = "{\"id\": \"prod_1\", \"object\": \"product\", \"name\": \"Lamp\", \"description\": \"old\","
                + " \"metadata\": {\"color\": \"red\", \"legacy\": \"yes\"}}";
        ScriptedApi api = new ScriptedApi(request -> product);
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                p = stripe.Product.retrieve("prod_1")
                p.metadata["size"] = "L"
                p.save()
                p.metadata = {"color": "green"}
                p.description = None
                p.save()
                p.save()
                print("saved")
                """, api);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(api.sent).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /v1/products/prod_1", "POST /v1/products/prod_1", "POST /v1/products/prod_1",
                "POST /v1/products/prod_1");
        assertThat(api.form(1)).containsExactly(Map.entry("metadata[size]", "L"));
        assertThat(api.form(2)).containsOnly(Map.entry("metadata[color]", "green"), Map.entry("metadata[legacy]", ""),
                Map.entry("description", ""));
        assertThat(api.form(3)).as("nothing changed since the last save").isEmpty();
    }

    @Test
    void updateAndSetdefaultAreTrackedForSaveLikeItemAssignment() {
        String customer = "{\"id\": \"cus_1\", \"object\": \"customer\", \"metadata\": {\"a\": \"1\"}}";
        ScriptedApi api = new ScriptedApi(request -> customer);
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                c = stripe.Customer.retrieve("cus_1")
                c.metadata.update({"b": "2"}, c="3")
                c.update({"description": "via update"})
                c.metadata.setdefault("a", "ignored")
                c.metadata.setdefault("d", "4")
                c.save()
                """, api);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(api.form(1)).containsOnly(Map.entry("metadata[b]", "2"), Map.entry("metadata[c]", "3"),
                Map.entry("metadata[d]", "4"), Map.entry("description", "via update"));
    }

    @Test
    void errorFieldsStripeLeavesOutReadAsNone() {
        ScriptedApi api = new ScriptedApi(request -> "404 {\"error\": {\"type\": \"invalid_request_error\","
                + " \"code\": \"resource_missing\", \"message\": \"No such customer: 'cus_x'\"}}");
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                try:
                    stripe.Customer.retrieve("cus_x")
                except stripe.error.InvalidRequestError as e:
                    err = e.error
                    print(err.type, err.code, err.param, err.decline_code, err.charge, err.payment_intent)
                    print(type(err).__name__, err.message)
                """, api);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("invalid_request_error resource_missing None None None None\n"
                + "ErrorObject No such customer: 'cus_x'\n");
    }

    @Test
    void previousPageAfterNextPageSendsOnlyTheNewCursor() {
        ScriptedApi api = new ScriptedApi(request -> {
            String path = request.path();
            List<String> ids = path.contains("starting_after=cus_2") ? List.of("cus_3", "cus_4")
                    : List.of("cus_1", "cus_2");
            StringBuilder data = new StringBuilder();
            for (String id : ids) {
                data.append(data.isEmpty() ? "" : ", ").append("{\"id\": \"").append(id)
                        .append("\", \"object\": \"customer\"}");
            }
            return "{\"object\": \"list\", \"url\": \"/v1/customers\", \"has_more\": true, \"data\": [" + data + "]}";
        });
        ExecutionResult result = run("""
                import stripe
                stripe.api_key = "sk_test_x"
                first = stripe.Customer.list(limit=2)
                second = first.next_page()
                back = second.previous_page()
                print([c.id for c in second], [c.id for c in back])
                """, api);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(result.stdout()).isEqualTo("['cus_3', 'cus_4'] ['cus_1', 'cus_2']\n");
        assertThat(api.sent).extracting(ApiRequest::path).containsExactly("/v1/customers?limit=2",
                "/v1/customers?limit=2&starting_after=cus_2", "/v1/customers?limit=2&ending_before=cus_3");
    }

    @Test
    void stripeClientServicesAndActionsHaveStripePythonsNames() {
        ScriptedApi api = new ScriptedApi(request -> request.path().contains("lines")
                || request.path().contains("sources") || request.method().equals("GET")
                ? "{\"object\": \"list\", \"url\": \"/v1/x\", \"has_more\": false, \"data\": []}"
                : "{\"id\": \"ii_1\", \"object\": \"invoiceitem\"}");
        ExecutionResult result = run("""
                import stripe
                client = stripe.StripeClient("sk_test_x")
                item = client.invoice_items.create(params={"customer": "cus_1", "amount": 100, "currency": "usd"})
                client.v1.invoice_items.list(params={"customer": "cus_1"})
                client.invoiceitems.retrieve("ii_1")
                client.invoices.line_items.list("in_1")
                client.v1.invoices.upcoming_lines.list(params={"customer": "cus_1"})
                client.customers.payment_sources.list("cus_1")
                client.credit_notes.line_items.list("cn_1")
                client.credit_notes.preview_lines.list(params={"invoice": "in_1"})
                client.apple_pay_domains.list()
                client.invoices.finalize_invoice("in_1")
                client.v1.invoices.void_invoice("in_1")
                client.quotes.finalize_quote("qt_1")
                print(item.object)
                """, api);

        assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionResult.SUCCESS);
        assertThat(api.sent).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /v1/invoiceitems", "GET /v1/invoiceitems?customer=cus_1", "GET /v1/invoiceitems/ii_1",
                "GET /v1/invoices/in_1/lines", "GET /v1/invoices/upcoming/lines?customer=cus_1",
                "GET /v1/customers/cus_1/sources", "GET /v1/credit_notes/cn_1/lines",
                "GET /v1/credit_notes/preview/lines?invoice=in_1", "GET /v1/apple_pay/domains",
                "POST /v1/invoices/in_1/finalize", "POST /v1/invoices/in_1/void", "POST /v1/quotes/qt_1/finalize");
    }
}
