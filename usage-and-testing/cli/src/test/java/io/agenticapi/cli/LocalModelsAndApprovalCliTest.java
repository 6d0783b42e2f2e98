package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.testing.ScriptedModelServer;
import io.agenticapi.local.testing.ScriptedModelServer.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.agenticapi.cli.DebugTraceCliTest.run;
import static io.agenticapi.local.testing.ScriptedModelServer.LAST_CODE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** `debug-trace local` and `invoke` as a user drives them: model kinds in the help, --approve, --max-fixes. */
class LocalModelsAndApprovalCliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheThreeModelKindsWithExamples() {
        DebugTraceCliTest.Run help = run("local", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("offline").contains("bedrock:<model-or-inference-profile-id>")
                .contains("--model bedrock:us.anthropic.claude-haiku-4-5-20251001-v1:0").contains("--region us-east-1")
                .contains("openai:<base-url>#<model>")
                .contains("--model openai:http://127.0.0.1:11434/v1#qwen2.5-coder")
                .contains("OPENAI_API_KEY").contains("--approve=ask|auto|never-write").contains("--max-fixes");
    }

    @Test
    void neverWriteStopsACreateAndSaysSo() throws Exception {
        DebugTraceCliTest.Run run = run("local", "--json", "--approve", "never-write", "--code-store", dir.toString(),
                "Create a Stripe customer named Grace Hopper with email grace@test.com");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode doc = run.json();
        assertThat(doc.get("status").asText()).isEqualTo("write_refused");
        assertThat(doc.get("execution").isNull()).isTrue();
        assertThat(doc.at("/versions/0/status").asText()).isEqualTo("write_refused");
        assertThat(doc.get("answer").asText()).startsWith("status: blocked");
    }

    @Test
    void withoutATerminalWritesNeedApproveAuto() throws Exception {
        DebugTraceCliTest.Run run = run("local", "--json", "--approve", "ask", "--code-store", dir.toString(),
                "Create a Stripe customer named Grace Hopper with email grace@test.com");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode doc = run.json();
        assertThat(doc.get("status").asText()).isEqualTo("approval_required");
        assertThat(doc.get("answer").asText()).contains("--approve auto");

        DebugTraceCliTest.Run text = run("local", "--approve", "ask", "--code-store", dir.toString(),
                "Create a Stripe customer named Grace Hopper with email grace@test.com");
        assertThat(text.out()).contains("writes: ask (no terminal: writes are refused) · fixes: at most 2")
                .contains("model: offline");
    }

    @Test
    void withoutATerminalOrAModeOfflineWritesRunAndRealStripeStaysGuarded() throws Exception {
        DebugTraceCliTest.Run run = run("local", "--json", "--code-store", dir.toString(),
                "Create a Stripe customer named Ada Lovelace with email ada@test.com");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().at("/execution/stdout").asText()).contains("ada@test.com");
        ApprovalOptions options = new ApprovalOptions();
        assertThat(options.effectiveMode("offline", false)).isEqualTo("auto");
        assertThat(options.effectiveMode("stripe", false)).isNull(); // null = ask, refused without a terminal
        assertThat(options.effectiveMode("offline", true)).isNull();
    }

    @Test
    void invokingExecuteCodeDirectlyAsksToo() throws Exception {
        Path event = Files.writeString(dir.resolve("event.json"), """
                {"messageVersion": "1.0", "agent": {"name": "executor", "id": "E", "alias": "A", "version": "1"},
                 "inputText": "run", "sessionId": "s1", "actionGroup": "execute_code", "apiPath": "/execute-code",
                 "httpMethod": "POST", "parameters": [],
                 "requestBody": {"content": {"application/json": {"properties": [
                   {"name": "code", "type": "string",
                    "value": "import os\\nimport stripe\\nstripe.api_key = os.environ['STRIPE_API_KEY']\\nprint(stripe.Customer.create(name='Eve').id)\\n"}]}}},
                 "sessionAttributes": {}, "promptSessionAttributes": {}}
                """);
        DebugTraceCliTest.Run refused = run("invoke", "--approve", "ask", "--code-store", dir.toString(),
                "execute_code", event.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().at("/response/httpStatusCode").asInt()).isEqualTo(403);
        assertThat(refused.out()).contains("approval_required");

        DebugTraceCliTest.Run allowed = run("invoke", "--approve", "auto", "--code-store", dir.toString(),
                "execute_code", event.toString());
        assertThat(allowed.exit()).as(allowed.out()).isZero();
        assertThat(allowed.out()).contains("cus_");
    }

    private static final String LIST_CODE = """
            import os

            import stripe

            stripe.api_key = os.environ["STRIPE_API_KEY"]
            customers = stripe.Customer.list(limit=5)
            print("count:", len(customers.data))
            """;

    @Test
    void localRunsWithAnOpenAiCompatibleServer() throws Exception {
        String task = "List the last 5 Stripe customers";
        try (ScriptedModelServer server = new ScriptedModelServer(ScriptedModelServer.Dialect.CHAT).script(
                Step.call("orchestrator", null, "invoke_generator__invokeGenerator", Map.of("task_description", task)),
                Step.call("generator", null, "generate_code__generateCode",
                        Map.of("code", LIST_CODE, "task_description", task, "api_name", "stripe")),
                Step.answer("generator", "code_key: " + LAST_CODE_KEY + "\nLists five customers."),
                Step.call("orchestrator", null, "invoke_executor__invokeExecutor", Map.of("code_key", LAST_CODE_KEY)),
                Step.call("executor", null, "validate_code__validateCode", Map.of("code_key", LAST_CODE_KEY)),
                Step.call("executor", null, "execute_code__executeCode", Map.of("code_key", LAST_CODE_KEY)),
                Step.answer("executor", "status: success\ncode_key: " + LAST_CODE_KEY),
                Step.answer("orchestrator", "status: success\nListed the customers.\ncode_key: " + LAST_CODE_KEY))) {
            DebugTraceCliTest.Run run = run("local", "--json", "--code-store", dir.toString(), "--model",
                    server.modelSpec(), task);
            assertThat(run.exit()).as(run.err() + run.out()).isZero();
            JsonNode doc = run.json();
            assertThat(doc.get("model").asText()).isEqualTo("openai:qwen2.5-coder");
            assertThat(doc.get("status").asText()).isEqualTo("success");
            assertThat(doc.at("/execution/stdout").asText()).startsWith("count:");
            assertThat(doc.at("/usage/input_tokens").asInt()).isEqualTo(8 * 900 + 100 * 36);
            assertThat(doc.get("versions")).hasSize(1);
            assertThat(server.unusedSteps()).isZero();
        }
    }

    @Test
    void aMalformedModelAnswerEndsTheRunWithAClearFailure() throws Exception {
        try (ScriptedModelServer server = new ScriptedModelServer(ScriptedModelServer.Dialect.CHAT).raw("""
                {"id":"chatcmpl-9","object":"chat.completion","model":"qwen2.5-coder","choices":[{"index":0,
                 "message":{"role":"assistant","content":""},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":900,"completion_tokens":0}}""")) {
            DebugTraceCliTest.Run run = run("local", "--json", "--code-store", dir.toString(), "--model",
                    server.modelSpec(), "List the last 5 Stripe customers");
            assertThat(run.exit()).isEqualTo(1);
            JsonNode doc = run.json();
            assertThat(doc.get("failure").asText()).contains("orchestrator: model openai:qwen2.5-coder failed")
                    .contains("neither text nor a tool call");
            assertThat(doc.get("trace").toString()).contains("failureTrace");
            assertThat(server.events()).hasSize(1);
        }
    }

    @Test
    void badModelAndLimitOptionsAreUsageErrors() {
        assertThat(run("local", "--model", "bedrock:", "x").err()).contains("--model: bedrock: needs a model");
        assertThat(run("local", "--model", "openai:http://127.0.0.1:1/v1", "x").err()).contains("<base-url>#<model>");
        assertThat(run("local", "--max-fixes", "-1", "x").exit()).isEqualTo(2);
        DebugTraceCliTest.Run approve = run("local", "--approve", "sometimes", "x");
        assertThat(approve.exit()).isEqualTo(2);
        assertThat(approve.err()).contains("ask, auto, never-write");
        assertThat(run("local", "--model-timeout", "3m", "x").err()).contains("ISO-8601");
    }
}
