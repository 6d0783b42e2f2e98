package io.agenticapi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.local.approval.WriteApproval;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelClients;
import io.agenticapi.local.testing.ScriptedModelServer;
import io.agenticapi.local.testing.ScriptedModelServer.Dialect;
import io.agenticapi.local.testing.ScriptedModelServer.Step;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static io.agenticapi.local.testing.ScriptedModelServer.LAST_CODE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole local system driven by a real model API — Bedrock Converse and an OpenAI-compatible chat-completions
 * server, both played by WireMock with recorded-style answers — against the offline Stripe sandbox: Orchestrator →
 * Generator → Executor with tool calls, and a refinement that fixes a failing script on the second try.
 */
class ModelRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk_test_roundtrip_1f2e3d4c";
    private static final String TASK = "Create a Stripe test customer named Alice Smith with email alice@test.com";
    private static StripeSandboxServer stripe;

    static final String GOOD_CODE = """
            import json
            import os

            import stripe

            stripe.api_key = os.environ["STRIPE_API_KEY"]


            def main():
                customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com")
                print(json.dumps({"id": customer.id, "name": customer.name, "email": customer.email}))


            if __name__ == "__main__":
                main()
            """;
    /** A wrong parameter name: Stripe answers invalid_request_error, the script raises InvalidRequestError. */
    static final String BAD_CODE = GOOD_CODE.replace("email=\"alice@test.com\")",
            "email=\"alice@test.com\", full_name=\"Alice Smith\")");

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

    record Run(AgentInvoker.AgentReply reply, List<JsonNode> traces, LocalFolderCodeStore codeStore,
               List<Duration> sleeps) {
    }

    private Run run(ScriptedModelServer server) {
        List<Duration> sleeps = new ArrayList<>();
        LocalFolderCodeStore codeStore = new LocalFolderCodeStore(store);
        List<JsonNode> traces = new ArrayList<>();
        try (ModelClient model = ModelClients.parse(server.modelSpec(), server.settings(sleeps))) {
            LocalSystem system = new LocalSystem(model, codeStore, EnvSecretSource.of("stripe", KEY),
                    new StripeJavaTransport(stripe.baseUrl()), PythonSandbox.shared(), traces::add,
                    LocalSystem.Limits.DEFAULT, WriteApproval.auto());
            return new Run(system.ask(null, TASK), traces, codeStore, sleeps);
        }
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Generate (code), answer with the key and the code, as generator.txt asks. */
    static List<Step> generate(String code, Map<String, Object> extra) {
        Map<String, Object> input = args("code", code, "task_description", TASK, "api_name", "stripe");
        input.putAll(extra);
        return List.of(
                Step.call("generator", "I will write the script with stripe.Customer.create and store it.",
                        "generate_code__generateCode", input),
                Step.answer("generator", "code_key: " + LAST_CODE_KEY + "\nThe script creates the customer and "
                        + "prints its id, name and email.\n```python\n" + code.strip() + "\n```"));
    }

    static List<Step> execute(String report) {
        return List.of(
                Step.call("executor", "Validate first.", "validate_code__validateCode",
                        args("code_key", LAST_CODE_KEY)),
                Step.call("executor", "The verdict is allowed; run it.", "execute_code__executeCode",
                        args("code_key", LAST_CODE_KEY, "api_name", "stripe")),
                Step.answer("executor", report));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void toolCallsDriveTheThreeAgentsEndToEnd(Dialect dialect) throws Exception {
        List<Step> script = new ArrayList<>();
        script.add(Step.call("orchestrator", "This is a Stripe task; the Generator writes the code.",
                "invoke_generator__invokeGenerator", args("task_description", TASK, "api_name", "stripe")));
        script.addAll(generate(GOOD_CODE, Map.of()));
        script.add(Step.call("orchestrator", "Now the Executor validates and runs it.",
                "invoke_executor__invokeExecutor", args("code_key", LAST_CODE_KEY, "task_description", TASK)));
        script.addAll(execute("status: success\ncode_key: " + LAST_CODE_KEY + "\nCreated the customer."));
        script.add(Step.answer("orchestrator", "status: success\nCreated the customer Alice Smith "
                + "(alice@test.com).\ncode_key: " + LAST_CODE_KEY));

        try (ScriptedModelServer server = new ScriptedModelServer(dialect).script(script.toArray(Step[]::new))) {
            Run run = run(server);

            assertThat(server.unusedSteps()).isZero();
            assertThat(run.reply().text()).startsWith("status: success").contains("Alice Smith");
            String key = lastKey(run.reply().text());
            JsonNode sidecar = new Sidecars(run.codeStore()).read(key);
            assertThat(sidecar.path("model").asText()).isEqualTo(server.modelSpec().startsWith("bedrock:")
                    ? server.modelSpec() : "openai:" + ScriptedModelServer.CHAT_MODEL);
            assertThat(sidecar.at("/execution/status").asText()).isEqualTo("success");
            JsonNode printed = JSON.readTree(sidecar.at("/execution/stdout").asText());
            JsonNode customer = stripeGet("/v1/customers/" + printed.get("id").asText());
            assertThat(customer.get("name").asText()).isEqualTo("Alice Smith");
            assertThat(customer.get("email").asText()).isEqualTo("alice@test.com");

            // token usage of every model call is in the trace, as InvokeAgent reports it
            List<JsonNode> usage = run.traces().stream()
                    .map(t -> t.at("/trace/orchestrationTrace/modelInvocationOutput/metadata/usage"))
                    .filter(JsonNode::isObject).toList();
            assertThat(usage).hasSize(8);
            assertThat(usage.stream().mapToInt(u -> u.get("inputTokens").asInt()).sum())
                    .isEqualTo(8 * 900 + 100 * 36);
            assertThat(usage.getFirst().get("outputTokens").asInt()).isEqualTo(41);
            // the model's reasoning before a tool call is the rationale
            assertThat(run.traces()).anySatisfy(t -> assertThat(t.at("/trace/orchestrationTrace/rationale/text")
                    .asText()).isEqualTo("This is a Stripe task; the Generator writes the code."));

            List<JsonNode> requests = server.requests();
            assertThat(requests).hasSize(8);
            checkFirstRequest(dialect, requests.getFirst());
            checkToolResultMatchesCall(dialect, requests.get(2));
            String auth = server.events().getFirst().getRequest().getHeader("Authorization");
            assertThat(auth).startsWith(dialect == Dialect.CONVERSE
                    ? "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" : "Bearer sk-test-local");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailingScriptIsFixedOnTheSecondTry(Dialect dialect) throws Exception {
        String feedback = "InvalidRequestError: Received unknown parameter: full_name (line 10)";
        List<Step> script = new ArrayList<>();
        script.add(Step.call("orchestrator", null, "invoke_generator__invokeGenerator",
                args("task_description", TASK, "api_name", "stripe")));
        script.addAll(generate(BAD_CODE, Map.of()));
        script.add(Step.call("orchestrator", null, "invoke_executor__invokeExecutor",
                args("code_key", LAST_CODE_KEY, "task_description", TASK)));
        script.addAll(execute("status: error\ncode_key: " + LAST_CODE_KEY + "\nError: " + feedback
                + "\nThis looks like a bug in the code: a wrong parameter."));
        script.add(Step.call("orchestrator", "The code passed a parameter Stripe does not know; ask for a fix.",
                "invoke_generator__invokeGenerator", args("task_description", TASK, "api_name", "stripe",
                        "previous_code_key", LAST_CODE_KEY, "error_feedback", feedback)));
        script.addAll(generate(GOOD_CODE, Map.of("previous_code_key", LAST_CODE_KEY)));
        script.add(Step.call("orchestrator", null, "invoke_executor__invokeExecutor",
                args("code_key", LAST_CODE_KEY, "task_description", TASK)));
        script.addAll(execute("status: success\ncode_key: " + LAST_CODE_KEY + "\nCreated the customer."));
        script.add(Step.answer("orchestrator", "status: success\nCreated Alice Smith after one fix.\ncode_key: "
                + LAST_CODE_KEY));

        try (ScriptedModelServer server = new ScriptedModelServer(dialect).script(script.toArray(Step[]::new))) {
            Run run = run(server);

            assertThat(server.unusedSteps()).isZero();
            assertThat(run.reply().text()).startsWith("status: success");
            String fixed = lastKey(run.reply().text());
            Sidecars sidecars = new Sidecars(run.codeStore());
            JsonNode second = sidecars.read(fixed);
            String failed = second.path("previous_code_key").asText();
            assertThat(failed).matches(CodeKeys.KEY).isNotEqualTo(fixed);
            JsonNode first = sidecars.read(failed);
            assertThat(first.has("previous_code_key")).isFalse();
            assertThat(first.at("/execution/status").asText()).isEqualTo("error");
            assertThat(first.at("/execution/error/type").asText()).contains("InvalidRequestError");
            assertThat(first.at("/execution/error/message").asText()).contains("full_name");
            assertThat(second.at("/execution/status").asText()).isEqualTo("success");
            assertThat(run.codeStore().get(failed).map(String::new).orElseThrow()).contains("full_name=");
            assertThat(run.codeStore().get(fixed).map(String::new).orElseThrow()).doesNotContain("full_name");

            // the Generator's fix request carries the error, and its earlier answer (with the code) is in the
            // conversation, as a Bedrock agent's session history would be
            JsonNode fixRequest = server.requests().get(8);
            assertThat(fixRequest.toString()).contains("You are the Generator").contains("error_feedback: " + feedback)
                    .contains("previous_code_key: " + failed).contains("full_name=\\\"Alice Smith\\\"");
        }
    }

    private static void checkFirstRequest(Dialect dialect, JsonNode request) {
        String orchestrator = Prompts.load("orchestrator");
        if (dialect == Dialect.CONVERSE) {
            assertThat(request.at("/system/0/text").asText()).isEqualTo(orchestrator);
            assertThat(request.at("/messages/0/role").asText()).isEqualTo("user");
            assertThat(request.at("/messages/0/content/0/text").asText()).isEqualTo(TASK);
            JsonNode tools = request.at("/toolConfig/tools");
            assertThat(tools).extracting(t -> t.at("/toolSpec/name").asText())
                    .containsExactly("invoke_generator__invokeGenerator", "invoke_executor__invokeExecutor");
            JsonNode schema = tools.get(0).at("/toolSpec/inputSchema/json");
            assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("task_description");
            assertThat(schema.at("/properties/previous_code_key/type").asText()).isEqualTo("string");
            assertThat(schema.at("/properties/error_feedback/description").asText()).contains("fix");
            assertThat(tools.get(0).at("/toolSpec/description").asText()).startsWith("Ask the Generator agent");
            assertThat(request.at("/inferenceConfig/maxTokens").asInt()).isEqualTo(4096);
        } else {
            assertThat(request.get("model").asText()).isEqualTo(ScriptedModelServer.CHAT_MODEL);
            assertThat(request.at("/messages/0/role").asText()).isEqualTo("system");
            assertThat(request.at("/messages/0/content").asText()).isEqualTo(orchestrator);
            assertThat(request.at("/messages/1/content").asText()).isEqualTo(TASK);
            JsonNode tools = request.get("tools");
            assertThat(tools).extracting(t -> t.at("/function/name").asText())
                    .containsExactly("invoke_generator__invokeGenerator", "invoke_executor__invokeExecutor");
            assertThat(tools.get(0).get("type").asText()).isEqualTo("function");
            JsonNode schema = tools.get(0).at("/function/parameters");
            assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("task_description");
            assertThat(schema.at("/properties/error_feedback/description").asText()).contains("fix");
            assertThat(request.get("stream").asBoolean()).isFalse();
        }
    }

    /** Request 3 is the Generator's second turn: its generate_code result answers the call by the same id. */
    private static void checkToolResultMatchesCall(Dialect dialect, JsonNode request) {
        JsonNode messages = request.get("messages");
        if (dialect == Dialect.CONVERSE) {
            JsonNode call = messages.get(messages.size() - 2).get("content");
            JsonNode result = messages.get(messages.size() - 1);
            assertThat(result.get("role").asText()).isEqualTo("user");
            String id = call.get(call.size() - 1).at("/toolUse/toolUseId").asText();
            assertThat(id).startsWith("tooluse_");
            assertThat(call.get(call.size() - 1).at("/toolUse/name").asText()).isEqualTo("generate_code__generateCode");
            assertThat(result.at("/content/0/toolResult/toolUseId").asText()).isEqualTo(id);
            assertThat(result.at("/content/0/toolResult/status").asText()).isEqualTo("success");
            assertThat(result.at("/content/0/toolResult/content/0/text").asText()).contains("\"code_key\"");
        } else {
            JsonNode call = messages.get(messages.size() - 2);
            JsonNode result = messages.get(messages.size() - 1);
            String id = call.at("/tool_calls/0/id").asText();
            assertThat(id).startsWith("call_");
            assertThat(call.at("/tool_calls/0/function/name").asText()).isEqualTo("generate_code__generateCode");
            assertThat(result.get("role").asText()).isEqualTo("tool");
            assertThat(result.get("tool_call_id").asText()).isEqualTo(id);
            assertThat(result.get("content").asText()).contains("\"code_key\"");
        }
    }

    private static String lastKey(String text) {
        Matcher m = CodeKeys.KEY.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        assertThat(last).as("a code key in: " + text).isNotNull();
        return last;
    }

    static JsonNode stripeGet(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stripe.baseUrl() + path)).header("Authorization", "Bearer " + KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
