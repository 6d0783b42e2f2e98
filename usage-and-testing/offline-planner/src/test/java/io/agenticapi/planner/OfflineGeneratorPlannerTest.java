package io.agenticapi.planner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OfflineGeneratorPlannerTest {

    private static final OfflineGeneratorPlanner PLANNER = OfflineGeneratorPlanner.load();

    // ---- the three scenarios of the original design ----

    @Test
    void scenarioCreateCustomer() {
        Plan.Code code = code("Create a Stripe test customer named Alice Smith with email alice@test.com");

        assertThat(code.api()).isEqualTo("stripe");
        assertThat(code.operation()).isEqualTo("customers.create");
        assertThat(code.arguments()).containsExactly(Map.entry("name", "Alice Smith"),
                Map.entry("email", "alice@test.com"));
        assertThat(code.code())
                .contains("customer = stripe.Customer.create(name=\"Alice Smith\", email=\"alice@test.com\")")
                .contains("print(f\"Created customer {customer.id}\")")
                .contains("\"email\": customer.email")
                .contains("stripe.api_key = os.environ[\"STRIPE_API_KEY\"]")
                .contains("except stripe.error.InvalidRequestError as e:")
                .contains("except stripe.error.StripeError as e:")
                .doesNotContain("CardError");
        assertThat(code.summary()).startsWith("customers.create: stripe.Customer.create(name=\"Alice Smith\"");
    }

    @Test
    void scenarioListCustomers() {
        Plan.Code code = code("List the last 5 Stripe customers");

        assertThat(code.operation()).isEqualTo("customers.list");
        assertThat(code.arguments()).containsExactly(Map.entry("limit", 5));
        assertThat(code.code())
                .contains("customers = stripe.Customer.list(limit=5)")
                .contains("for customer in customers.data:\n            print(customer.id, customer.name, "
                        + "customer.email)")
                .contains("print(f\"{len(customers.data)} customers\")")
                .doesNotContain("import json");
    }

    @Test
    void scenarioPaymentIntentPrefersTheExplicitCents() {
        Plan.Code code = code("Create a Stripe payment intent for 2500 cents (25 USD) with currency usd");

        assertThat(code.operation()).isEqualTo("payment_intents.create");
        assertThat(code.arguments()).containsExactly(Map.entry("amount", 2500L), Map.entry("currency", "usd"));
        assertThat(code.code())
                .contains("payment_intent = stripe.PaymentIntent.create(amount=2500, currency=\"usd\")")
                .contains("\"amount\": payment_intent.amount", "\"currency\": payment_intent.currency",
                        "\"status\": payment_intent.status");
    }

    // ---- rephrasings and other operations ----

    static Stream<Arguments> requests() {
        return Stream.of(
                arguments("Make a new customer for Alice Smith (alice@test.com) in Stripe", "customers.create",
                        Map.of("name", "Alice Smith", "email", "alice@test.com")),
                arguments("add customer alice smith, email alice@test.com", "customers.create",
                        Map.of("name", "Alice Smith", "email", "alice@test.com")),
                arguments("Please create a new Stripe customer called Bob Jones with the email bob.jones@example.org",
                        "customers.create", Map.of("name", "Bob Jones", "email", "bob.jones@example.org")),
                arguments("Register a client named Jane Doe, jane@doe.io, phone +44 20 7946 0958",
                        "customers.create", Map.of("name", "Jane Doe", "email", "jane@doe.io",
                                "phone", "+44 20 7946 0958")),
                arguments("I need a customer record for María José (maria@example.es)", "customers.create",
                        Map.of("name", "María José", "email", "maria@example.es")),
                arguments("new customer: name \"Acme Corp\", email billing@acme.com", "customers.create",
                        Map.of("name", "Acme Corp", "email", "billing@acme.com")),
                arguments("Create a customer with metadata order_id=123 and tier=gold", "customers.create",
                        Map.of("metadata", Map.of("order_id", "123", "tier", "gold"))),
                arguments("show me the five most recent customers", "customers.list", Map.of("limit", 5)),
                arguments("Give me the first ten customers", "customers.list", Map.of("limit", 10)),
                arguments("Can you list my customers?", "customers.list", Map.of()),
                arguments("how many customers do I have?", "customers.list", Map.of("limit", 100)),
                arguments("list customers with email alice@test.com", "customers.list",
                        Map.of("email", "alice@test.com")),
                arguments("Generate python code that lists the 10 most recent payment intents",
                        "payment_intents.list", Map.of("limit", 10)),
                arguments("list 3 products", "products.list", Map.of("limit", 3)),
                arguments("top 3 prices", "prices.list", Map.of("limit", 3)),
                arguments("get the last 20 charges", "charges.list", Map.of("limit", 20)),
                arguments("Charge 25 USD with a payment intent", "payment_intents.create",
                        Map.of("amount", 2500L, "currency", "usd")),
                arguments("create a PaymentIntent of $25", "payment_intents.create",
                        Map.of("amount", 2500L, "currency", "usd")),
                arguments("Create a payment intent for 25 dollars", "payment_intents.create",
                        Map.of("amount", 2500L, "currency", "usd")),
                arguments("Create a payment intent for €10.50", "payment_intents.create",
                        Map.of("amount", 1050L, "currency", "eur")),
                arguments("Create a payment intent for 1000 yen", "payment_intents.create",
                        Map.of("amount", 1000L, "currency", "jpy")),
                arguments("create a payment intent of 1,000.50 usd", "payment_intents.create",
                        Map.of("amount", 100050L, "currency", "usd")),
                arguments("create a PaymentIntent with amount 2500 and currency eur", "payment_intents.create",
                        Map.of("amount", 2500L, "currency", "eur")),
                arguments("make a payment of $15", "payment_intents.create",
                        Map.of("amount", 1500L, "currency", "usd")),
                arguments("Charge customer cus_123 $49.99", "payment_intents.create",
                        Map.of("amount", 4999L, "currency", "usd", "customer", "cus_123")),
                arguments("Create a payment intent of 10 EUR for customer cus_9 with description \"Order #42\"",
                        "payment_intents.create", Map.of("amount", 1000L, "currency", "eur",
                                "description", "Order #42", "customer", "cus_9")),
                arguments("Create a payment intent for £5 and capture it later", "payment_intents.create",
                        Map.of("amount", 500L, "currency", "gbp", "capture_method", "manual")),
                arguments("Set up a payment intent for 12 usd and confirm it using a visa test card",
                        "payment_intents.create", Map.of("amount", 1200L, "currency", "usd",
                                "payment_method", "pm_card_visa", "confirm", true)),
                arguments("refund payment intent pi_123", "refunds.create", Map.of("payment_intent", "pi_123")),
                arguments("refund $10 of payment pi_123", "refunds.create",
                        Map.of("payment_intent", "pi_123", "amount", 1000L)),
                arguments("refund $5 of charge ch_123 as duplicate", "refunds.create",
                        Map.of("charge", "ch_123", "amount", 500L, "reason", "duplicate")),
                arguments("issue a refund for pi_123 because it was fraudulent", "refunds.create",
                        Map.of("payment_intent", "pi_123", "reason", "fraudulent")),
                arguments("get customer cus_123", "customers.retrieve", Map.of("id", "cus_123")),
                arguments("Retrieve the customer with id cus_NffrFeUfNV2Hib", "customers.retrieve",
                        Map.of("id", "cus_NffrFeUfNV2Hib")),
                arguments("What is the status of payment intent pi_3MtwBwLkdIwHu7ix28a3tqPa?",
                        "payment_intents.retrieve", Map.of("id", "pi_3MtwBwLkdIwHu7ix28a3tqPa")),
                arguments("update customer cus_123 email to bob@example.com", "customers.update",
                        Map.of("id", "cus_123", "email", "bob@example.com")),
                arguments("rename customer cus_123 to Bob Jones", "customers.update",
                        Map.of("id", "cus_123", "name", "Bob Jones")),
                arguments("change the name of customer cus_123 to 'Robert Paulson'", "customers.update",
                        Map.of("id", "cus_123", "name", "Robert Paulson")),
                arguments("add metadata plan=pro to customer cus_123", "customers.update",
                        Map.of("id", "cus_123", "metadata", Map.of("plan", "pro"))),
                arguments("set the description of product prod_1 to \"Blue T-shirt\"", "products.update",
                        Map.of("id", "prod_1", "description", "Blue T-shirt")),
                arguments("archive product prod_123", "products.update", Map.of("id", "prod_123", "active", false)),
                arguments("delete customer cus_123", "customers.delete", Map.of("id", "cus_123")),
                arguments("remove customer cus_456", "customers.delete", Map.of("id", "cus_456")),
                arguments("cancel subscription sub_123", "subscriptions.cancel", Map.of("id", "sub_123")),
                arguments("confirm payment intent pi_123 with pm_card_visa", "payment_intents.confirm",
                        Map.of("id", "pi_123", "payment_method", "pm_card_visa")),
                arguments("capture pi_123", "payment_intents.capture", Map.of("id", "pi_123")),
                arguments("Cancel payment intent pi_123", "payment_intents.cancel", Map.of("id", "pi_123")),
                arguments("find customers where email is alice@test.com", "customers.search",
                        Map.of("query", "email:'alice@test.com'")),
                arguments("search customers named Alice Smith", "customers.search",
                        Map.of("query", "name:'Alice Smith'")),
                arguments("search customers with metadata tier=gold", "customers.search",
                        Map.of("query", "metadata['tier']:'gold'")),
                arguments("search for payment intents with status succeeded", "payment_intents.search",
                        Map.of("query", "status:'succeeded'")),
                arguments("what's my balance?", "balance.retrieve", Map.of()),
                arguments("show my account balance", "balance.retrieve", Map.of()),
                arguments("create a product called Premium Plan", "products.create", Map.of("name", "Premium Plan")),
                arguments("Create a product named Gold Plan with description 'Our best plan'", "products.create",
                        Map.of("name", "Gold Plan", "description", "Our best plan")),
                arguments("create a price of $10 per month for product prod_123", "prices.create",
                        Map.of("unit_amount", 1000L, "currency", "usd", "recurring", Map.of("interval", "month"),
                                "product", "prod_123")),
                arguments("create a yearly price of $120 for a product called Pro Annual", "prices.create",
                        Map.of("unit_amount", 12000L, "currency", "usd", "recurring", Map.of("interval", "year"),
                                "product_data", Map.of("name", "Pro Annual"))),
                arguments("create a coupon for 25% off", "coupons.create",
                        Map.of("percent_off", new BigDecimal("25"))),
                arguments("create a coupon SUMMER25 for $5 off once", "coupons.create",
                        Map.of("id", "SUMMER25", "amount_off", 500L, "currency", "usd", "duration", "once")),
                arguments("delete coupon SUMMER25", "coupons.delete", Map.of("id", "SUMMER25")),
                arguments("create a checkout session for price price_123 quantity 2 for customer cus_1",
                        "checkout.sessions.create", Map.of("mode", "payment",
                                "line_items", List.of(Map.of("price", "price_123", "quantity", 2)),
                                "success_url", "https://example.com/success",
                                "cancel_url", "https://example.com/cancel", "customer", "cus_1")),
                arguments("expire checkout session cs_test_a1b2c3", "checkout.sessions.expire",
                        Map.of("id", "cs_test_a1b2c3")),
                arguments("subscribe customer cus_123 to price price_456", "subscriptions.create",
                        Map.of("customer", "cus_123", "items", List.of(Map.of("price", "price_456")))),
                arguments("list active subscriptions", "subscriptions.list", Map.of("status", "active")),
                arguments("list invoices for customer cus_123", "invoices.list", Map.of("customer", "cus_123")),
                arguments("finalize invoice in_123", "invoices.finalize_invoice", Map.of("id", "in_123")),
                arguments("mark invoice in_1ABC as uncollectible", "invoices.mark_uncollectible",
                        Map.of("id", "in_1ABC")),
                arguments("create a setup intent for customer cus_123", "setup_intents.create",
                        Map.of("customer", "cus_123")),
                arguments("show payment methods of customer cus_123", "payment_methods.list",
                        Map.of("customer", "cus_123", "type", "card")),
                arguments("attach pm_card_visa to customer cus_123", "payment_methods.attach",
                        Map.of("id", "pm_card_visa", "customer", "cus_123")),
                arguments("create an invoice item of $20 for customer cus_123", "invoiceitems.create",
                        Map.of("amount", 2000L, "currency", "usd", "customer", "cus_123")),
                arguments("create a transfer of $50 to acct_1ABC", "transfers.create",
                        Map.of("amount", 5000L, "currency", "usd", "destination", "acct_1ABC")),
                arguments("Create a webhook endpoint for https://example.com/hooks listening to "
                                + "payment_intent.succeeded", "webhook_endpoints.create",
                        Map.of("url", "https://example.com/hooks", "enabled_events",
                                List.of("payment_intent.succeeded"))),
                arguments("list 5 events", "events.list", Map.of("limit", 5)),
                arguments("List Stripe events of type customer.created", "events.list",
                        Map.of("type", "customer.created")),
                arguments("create a customer with name Alice and description VIP client from Paris",
                        "customers.create", Map.of("name", "Alice", "description", "VIP client from Paris")),
                arguments("get me the latest customer", "customers.list", Map.of("limit", 1)),
                arguments("I want to see my 4 latest invoices", "invoices.list", Map.of("limit", 4)),
                arguments("create a payment intent in usd for 50", "payment_intents.create",
                        Map.of("amount", 5000L, "currency", "usd")),
                arguments("Create a payment intent of 10.5 KWD", "payment_intents.create",
                        Map.of("amount", 10500L, "currency", "kwd")),
                arguments("Create a payment intent for 20 USD for customer cus_123 and send a receipt to "
                        + "alice@test.com", "payment_intents.create", Map.of("amount", 2000L, "currency", "usd",
                        "receipt_email", "alice@test.com", "customer", "cus_123")),
                arguments("capture the payment intent pi_1 for $10", "payment_intents.capture",
                        Map.of("id", "pi_1", "amount_to_capture", 1000L)),
                arguments("create a checkout session in subscription mode for price price_123",
                        "checkout.sessions.create", Map.of("mode", "subscription",
                                "line_items", List.of(Map.of("price", "price_123", "quantity", 1)),
                                "success_url", "https://example.com/success",
                                "cancel_url", "https://example.com/cancel")),
                arguments("create a promotion code SUMMER for coupon 25OFF", "promotion_codes.create",
                        Map.of("code", "SUMMER", "coupon", "25OFF")),
                arguments("create a customer portal session for cus_123 returning to https://example.com/account",
                        "billing_portal.sessions.create",
                        Map.of("return_url", "https://example.com/account", "customer", "cus_123")),
                arguments("disable webhook we_123", "webhook_endpoints.update", Map.of("id", "we_123",
                        "disabled", true)),
                arguments("update the email of customer cus_123 from old@x.com to new@x.com", "customers.update",
                        Map.of("id", "cus_123", "email", "new@x.com")),
                arguments("List subscriptions for customer cus_1 that are past due", "subscriptions.list",
                        Map.of("customer", "cus_1", "status", "past_due")),
                arguments("list the balance history", "balance_transactions.list", Map.of()),
                arguments("look up customer alice@test.com", "customers.search",
                        Map.of("query", "email:'alice@test.com'")),
                arguments("list charges over $100", "charges.search",
                        Map.of("query", "amount>10000 AND currency:'usd'")),
                arguments("show customer cus_1's invoices", "invoices.list", Map.of("customer", "cus_1")),
                arguments("find customer cus_1 and delete it", "customers.delete", Map.of("id", "cus_1")),
                arguments("I want to refund pi_123", "refunds.create", Map.of("payment_intent", "pi_123")),
                arguments("call GET /v1/customers with limit 5", "customers.list", Map.of("limit", 5)),
                arguments("create a product named Trojan Horse Figurine", "products.create",
                        Map.of("name", "Trojan Horse Figurine")),
                arguments("create a customer named Robert Hacker", "customers.create",
                        Map.of("name", "Robert Hacker")),
                arguments("create a setup intent and show its client secret", "setup_intents.create", Map.of()),
                arguments("Generate Python code to create a Stripe customer named Alice Smith with email "
                        + "alice@test.com", "customers.create", Map.of("name", "Alice Smith", "email",
                        "alice@test.com")),
                arguments("Write a Python script using the Stripe API that lists the last 5 customers.",
                        "customers.list", Map.of("limit", 5)),
                arguments("Task: Create a Stripe payment intent for 2500 cents (25 USD) with currency usd. Return "
                        + "the code.", "payment_intents.create", Map.of("amount", 2500L, "currency", "usd")),
                arguments("Please write python code which creates a payment intent for $25 and prints its id and "
                        + "status", "payment_intents.create", Map.of("amount", 2500L, "currency", "usd")),
                arguments("Create a test customer in Stripe: Alice Smith, alice@test.com", "customers.create",
                        Map.of("name", "Alice Smith", "email", "alice@test.com")),
                arguments("Create a Stripe customer. Name: Alice Smith. Email: alice@test.com.", "customers.create",
                        Map.of("name", "Alice Smith", "email", "alice@test.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void mapsTheRequestOntoOneOperationWithItsArguments(String request, String operation,
                                                        Map<String, Object> arguments) {
        Plan.Code code = code(request);

        assertThat(code.operation()).isEqualTo(operation);
        assertThat(code.arguments()).isEqualTo(arguments);
        assertThat(PythonScriptCheck.problems(code.code())).as(code.code()).isEmpty();
    }

    @Test
    void longCallsTakeOneArgumentPerLine() {
        Plan.Code code = code("Create a payment intent of 10 EUR for customer cus_9 with description \"Order #42\"");

        assertThat(code.code()).contains(String.join("\n",
                "        payment_intent = stripe.PaymentIntent.create(",
                "            amount=1000,",
                "            currency=\"eur\",",
                "            description=\"Order #42\",",
                "            customer=\"cus_9\",",
                "        )"));
    }

    @Test
    void writesTheStripePythonSurfaceForEachKindOfOperation() {
        assertThat(code("rename customer cus_123 to Bob Jones").code())
                .contains("customer = stripe.Customer.modify(\"cus_123\", name=\"Bob Jones\")",
                        "print(f\"Updated customer {customer.id}\")");
        assertThat(code("delete customer cus_123").code())
                .contains("deleted = stripe.Customer.delete(\"cus_123\")",
                        "print(f\"Deleted customer {deleted.id}: {deleted.deleted}\")");
        assertThat(code("confirm payment intent pi_123 with pm_card_visa").code())
                .contains("payment_intent = stripe.PaymentIntent.confirm(\"pi_123\", payment_method=\"pm_card_visa\")",
                        "except stripe.error.CardError as e:", "print(f\"Card declined: {e.user_message or e}\")");
        assertThat(code("what's my balance?").code())
                .contains("balance = stripe.Balance.retrieve()", "for funds in balance.available:",
                        "print(f\"Available: {funds.amount} {funds.currency}\")");
        assertThat(code("create a checkout session for price price_123").code())
                .contains("session = stripe.checkout.Session.create(", "    mode=\"payment\",",
                        "    line_items=[{\"price\": \"price_123\", \"quantity\": 1}],",
                        "print(f\"Created checkout session {session.id}\")");
        assertThat(code("find customers where email is alice@test.com").code())
                .contains("customers = stripe.Customer.search(query=\"email:'alice@test.com'\")",
                        "print(f\"{len(customers.data)} customers found\")");
        assertThat(code("how many customers do I have?").code())
                .contains("if customers.has_more:");
    }

    @Test
    void cardErrorsAreHandledOnlyWhereACardCanBeDeclined() {
        assertThat(code("Create a payment intent for $49.99 and confirm it with a test visa card").code())
                .contains("confirm=True", "payment_method=\"pm_card_visa\"", "except stripe.error.CardError");
        assertThat(code("Create a payment intent for $49.99").code()).doesNotContain("CardError");
        assertThat(code("list 3 products").code()).doesNotContain("CardError");
    }

    @Test
    void summaryNamesTheCallTheDescriptionAndAnyDefault() {
        Plan.Code code = code("create a payment intent for 500 cents");

        assertThat(code.arguments()).containsEntry("amount", 500L).containsEntry("currency", "usd");
        assertThat(code.summary()).contains("stripe.PaymentIntent.create(amount=500, currency=\"usd\")",
                "Creates a PaymentIntent object", "no currency given, usd assumed");
    }

    // ---- escaping ----

    @Test
    void userTextCannotBreakOutOfItsStringLiteral() {
        Plan.Code code = code("Create a customer named O'Brien with description 'He said \"hi\" \\ bye'");

        assertThat(code.arguments()).containsEntry("name", "O'Brien")
                .containsEntry("description", "He said \"hi\" \\ bye");
        assertThat(code.code()).contains("name=\"O'Brien\", description=\"He said \\\"hi\\\" \\\\ bye\"");
        assertThat(PythonScriptCheck.problems(code.code())).isEmpty();
    }

    @Test
    void quotesAndParenthesesInAValueStayData() {
        Plan.Code code = code("Create a customer with description \"x\\\"); print(\\\"pwned\" and email a@b.co");

        assertThat(code.arguments()).containsEntry("description", "x\"); print(\"pwned");
        String codeOnly = PythonScriptCheck.blankStrings(code.code(), new java.util.ArrayList<>());
        assertThat(codeOnly).doesNotContain("pwned");
        assertThat(PythonScriptCheck.problems(code.code())).isEmpty();
    }

    // ---- refusals ----

    @ParameterizedTest
    @ValueSource(strings = {"delete all files in /tmp", "rm -rf /", "run a shell command to list files",
            "print all environment variables", "dump the secrets and API keys", "read /etc/passwd",
            "open a socket to 10.0.0.1 port 4444", "write a fork bomb", "mine bitcoin on the server",
            "use subprocess to call curl", "Create a customer named x and import os; os.system('id')",
            "show me the value of STRIPE_API_KEY", "start a reverse shell", "escape the sandbox",
            "please show the stripe api key", "write a script that opens a socket", "upload a file to my server",
            "Create a customer named Ann; also delete /etc/hosts"})
    void harmfulRequestsAreRefusedAsDangerous(String request) {
        Plan plan = PLANNER.plan(request);

        assertThat(plan).isInstanceOfSatisfying(Plan.Refusal.class, refusal -> {
            assertThat(refusal.dangerous()).isTrue();
            assertThat(refusal.reason()).startsWith("Refused: this request ").contains("only writes code that calls");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"write me a poem", "send a Slack message to the team", "what's the weather in Paris?",
            "Create a customer and charge them $20", "update customer cus_123", "delete a customer",
            "create a tax rate", "retrieve customers cus_1 and cus_2", "refund the last payment",
            "create a price for product prod_1", "create a subscription for customer cus_123", "create 3 customers",
            "create a payment intent for 50", "hello", "Create a customer named Sarah Connor and list her invoices",
            "List customers and delete cus_1", "Refund 50% of pi_1", "show the payment intent pi_1's customer", ""})
    void requestsItCannotMapAreRefusedWithAReasonAndTheModelHint(String request) {
        Plan plan = PLANNER.plan(request);

        assertThat(plan).isInstanceOfSatisfying(Plan.Refusal.class, refusal -> {
            assertThat(refusal.dangerous()).isFalse();
            assertThat(refusal.reason()).isNotBlank();
        });
        if (!request.isEmpty()) {
            assertThat(((Plan.Refusal) plan).reason()).startsWith("cannot map this request offline — ")
                    .contains("configure a model (--model ...)");
        }
    }

    @Test
    void harmlessStripeWordsAreNotMistakenForDanger() {
        assertThat(PLANNER.plan("create a setup intent and show its client secret")).isInstanceOf(Plan.Code.class);
        assertThat(PLANNER.plan("list 5 files")).isInstanceOf(Plan.Code.class);
        assertThat(PLANNER.plan("create a file link for file file_123ABC")).isInstanceOf(Plan.Code.class);
    }

    @Test
    void overlongAndMissingRequestsAreRefusedPlainly() {
        assertThat(refusal("list customers " + "please ".repeat(400)).reason()).contains("longer than 2000");
        assertThat(PLANNER.plan(null)).isInstanceOfSatisfying(Plan.Refusal.class,
                r -> assertThat(r.dangerous()).isFalse());
    }

    @Test
    void refusalReasonsSayWhatIsMissing() {
        assertThat(refusal("update customer cus_123").reason()).contains("does not say what to change");
        assertThat(refusal("delete a customer").reason()).contains("customers.delete needs the id of the customer",
                "cus_");
        assertThat(refusal("create a tax rate").reason()).contains("display_name", "percentage");
        assertThat(refusal("Create a customer and charge them $20").reason()).contains("several operations");
    }

    private static Plan.Code code(String request) {
        Plan plan = PLANNER.plan(request);
        assertThat(plan).as(request).isInstanceOf(Plan.Code.class);
        return (Plan.Code) plan;
    }

    private static Plan.Refusal refusal(String request) {
        Plan plan = PLANNER.plan(request);
        assertThat(plan).as(request).isInstanceOf(Plan.Refusal.class);
        return (Plan.Refusal) plan;
    }
}
