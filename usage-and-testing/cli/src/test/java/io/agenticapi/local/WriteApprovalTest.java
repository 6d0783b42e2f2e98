package io.agenticapi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupResponse;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.local.approval.ApprovalRequest;
import io.agenticapi.local.approval.WriteApproval;
import io.agenticapi.local.offline.OfflineModelClient;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.StripeJavaTransport;
import io.agenticapi.services.CodeKeys;
import io.agenticapi.services.Sidecars;
import io.agenticapi.services.local.EnvSecretSource;
import io.agenticapi.services.local.LocalFolderCodeStore;
import io.agenticapi.services.ports.AgentInvoker;
import io.agenticapi.stripesandbox.StripeSandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approval before writes, through the whole local runtime: code that writes through the API runs only when the
 * approval says yes, in every mode; reads run without asking; and writes the static check cannot see are stopped
 * at the transport.
 */
class WriteApprovalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk_test_approval_5a6b7c8d";
    private static StripeSandboxServer stripe;

    @TempDir
    Path store;

    @BeforeAll
    static void start() {
        stripe = StripeSandboxServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    record Outcome(AgentInvoker.AgentReply reply, List<JsonNode> traces, JsonNode sidecar) {
    }

    private LocalSystem system(WriteApproval approval, List<JsonNode> traces) {
        return new LocalSystem(OfflineModelClient.load(), new LocalFolderCodeStore(store),
                EnvSecretSource.of("stripe", KEY), new StripeJavaTransport(stripe.baseUrl()), PythonSandbox.shared(),
                traces::add, LocalSystem.Limits.DEFAULT, approval);
    }

    private Outcome ask(WriteApproval approval, String request) {
        List<JsonNode> traces = new ArrayList<>();
        AgentInvoker.AgentReply reply = system(approval, traces).ask(null, request);
        Matcher key = CodeKeys.KEY.matcher(reply.text());
        JsonNode sidecar = key.find() ? new Sidecars(new LocalFolderCodeStore(store)).read(key.group())
                : JSON.createObjectNode();
        return new Outcome(reply, traces, sidecar);
    }

    private static String uniqueName() {
        return "Ada " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String createRequest(String name) {
        return "Create a Stripe customer named " + name + " with email ada@test.com";
    }

    /** Customers in the sandbox with this name (the sandbox keeps state across requests). */
    private static long customersNamed(String name) throws Exception {
        JsonNode list = stripeGet("/v1/customers?limit=100");
        long count = 0;
        for (JsonNode c : list.get("data")) {
            if (name.equals(c.path("name").asText())) {
                count++;
            }
        }
        return count;
    }

    private static void assertNotRun(Outcome outcome, String error) {
        assertThat(outcome.reply().text()).startsWith("status: blocked").contains(error).contains("Nothing was executed");
        assertThat(outcome.sidecar().has("execution")).isFalse();
        assertThat(outcome.sidecar().at("/approval/approved").asBoolean(true)).isFalse();
        assertThat(outcome.sidecar().at("/approval/error").asText()).isEqualTo(error);
        assertThat(outcome.sidecar().at("/approval/writes/0").asText()).startsWith("stripe.Customer.create at line");
        assertThat(outcome.traces()).anySatisfy(t -> assertThat(
                t.at("/trace/orchestrationTrace/observation/actionGroupInvocationOutput/text").asText())
                .contains("\"error\":\"" + error + "\""));
    }

    @Test
    void neverWriteRefusesCodeThatWritesAndNothingReachesStripe() throws Exception {
        String name = uniqueName();
        Outcome outcome = ask(WriteApproval.neverWrite(), createRequest(name));
        assertNotRun(outcome, "write_refused");
        assertThat(outcome.reply().text()).contains("--approve never-write");
        assertThat(customersNamed(name)).isZero();
    }

    @Test
    void askWithoutATerminalRefusesAndSaysHowToAllowWrites() throws Exception {
        String name = uniqueName();
        Outcome outcome = ask(WriteApproval.nobodyToAsk(), createRequest(name));
        assertNotRun(outcome, "approval_required");
        assertThat(outcome.reply().text()).contains("--approve auto");
        assertThat(customersNamed(name)).isZero();
    }

    @Test
    void askShowsTheWritesAndAnythingButYesRefuses() throws Exception {
        for (String typed : new String[]{"n\n", "\n", "maybe\n", ""}) {
            String name = uniqueName();
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            WriteApproval approval = WriteApproval.ask(new BufferedReader(new StringReader(typed)),
                    new PrintStream(shown, true, StandardCharsets.UTF_8));
            Outcome outcome = ask(approval, createRequest(name));
            assertNotRun(outcome, "write_refused");
            assertThat(shown.toString(StandardCharsets.UTF_8)).contains("approval needed")
                    .contains("would write through the API").contains("stripe.Customer.create at line")
                    .contains("Run it? [y/N]");
            assertThat(customersNamed(name)).as("typed %s", typed.strip()).isZero();
        }
    }

    @Test
    void askRunsTheWritesWhenTheUserSaysYes() throws Exception {
        String name = uniqueName();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        WriteApproval approval = WriteApproval.ask(new BufferedReader(new StringReader("y\n")),
                new PrintStream(shown, true, StandardCharsets.UTF_8));
        Outcome outcome = ask(approval, createRequest(name));
        assertThat(outcome.reply().text()).startsWith("status: success");
        assertThat(outcome.sidecar().at("/approval/approved").asBoolean()).isTrue();
        assertThat(outcome.sidecar().at("/execution/status").asText()).isEqualTo("success");
        assertThat(customersNamed(name)).isEqualTo(1);
    }

    @Test
    void readsRunWithoutAsking() {
        List<ApprovalRequest> asked = new ArrayList<>();
        WriteApproval mustNotAsk = request -> {
            asked.add(request);
            return io.agenticapi.local.approval.Decision.refuse("write_refused", "should not be asked");
        };
        Outcome outcome = ask(mustNotAsk, "List the last 5 Stripe customers");
        assertThat(outcome.reply().text()).startsWith("status: success");
        assertThat(asked).isEmpty();
        assertThat(outcome.sidecar().has("approval")).isFalse();
    }

    /**
     * A write the static check cannot attribute (a method on an object the script got back) either asks for
     * approval or is refused at the transport; either way the customer in Stripe stays as it was.
     */
    @Test
    void writesTheStaticCheckCannotSeeAreStoppedAtTheTransport() throws Exception {
        JsonNode customer = stripePost("/v1/customers", "name=Original+Name");
        String id = customer.get("id").asText();
        String code = """
                import os
                import stripe
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                found = stripe.Customer.list(limit=100)
                for c in found.data:
                    if c.id == "%s":
                        c.name = "Changed Name"
                        c.save()
                print("done")
                """.formatted(id);
        ActionGroupSchema.Operation execute = ActionGroupSchema.load("execute_code").operations().getFirst();
        ActionGroupEvent event = ActionGroupEvents.request(execute, "execute_code", Map.of("code", code),
                new ActionGroupEvent.Agent("executor", "EXECUTORLOCAL", "LOCALALIAS", "DRAFT"), "s-guard", "run it",
                Map.of());
        String envelope = system(WriteApproval.neverWrite(), new ArrayList<>()).endpoint("execute_code")
                .invoke(ActionGroupRouter.toJson(event));

        ActionGroupResponse response = JSON.readValue(envelope, ActionGroupResponse.class);
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() == 403) {
            assertThat(body.get("error").asText()).isEqualTo("write_refused");
        } else {
            assertThat(body.get("status").asText()).isEqualTo("error");
            assertThat(body.at("/error/type").asText()).contains("PermissionError");
            assertThat(body.at("/error/message").asText()).contains("debug-trace refused POST /v1/customers/" + id);
            assertThat(body.get("api_calls")).extracting(c -> c.get("method").asText() + " " + c.get("status").asInt())
                    .containsExactly("GET 200", "POST 403");
        }
        assertThat(stripeGet("/v1/customers/" + id).get("name").asText()).isEqualTo("Original Name");
    }

    @Test
    void theOfflineOrchestratorStopsCleanlyWhenCodeFails() {
        Outcome outcome = ask(WriteApproval.nobodyToAsk(), "Retrieve the Stripe customer cus_doesnotexist123");
        assertThat(outcome.reply().text()).startsWith("status: error").contains("No such customer")
                .contains("No fix was attempted");
        assertThat(outcome.traces()).filteredOn(t -> "invoke_generator".equals(
                        t.at("/trace/orchestrationTrace/invocationInput/actionGroupInvocationInput/actionGroupName").asText()))
                .hasSize(1);
    }

    static JsonNode stripeGet(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(stripe.baseUrl() + path)).GET());
    }

    static JsonNode stripePost(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(stripe.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                request.header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
