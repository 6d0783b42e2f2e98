package io.agenticapi.local.model;

import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.local.Prompts;
import io.agenticapi.local.testing.ScriptedModelServer;
import io.agenticapi.local.testing.ScriptedModelServer.Dialect;
import io.agenticapi.local.testing.ScriptedModelServer.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Throttling, malformed answers and bad specs, for both model APIs against WireMock. */
class ModelClientErrorsTest {
    private static final ModelRequest ORCHESTRATOR_TURN = new ModelRequest("orchestrator",
            Prompts.load("orchestrator"), List.of(
            new Tool("invoke_generator", ActionGroupSchema.load("invoke_generator").operations().getFirst()),
            new Tool("invoke_executor", ActionGroupSchema.load("invoke_executor").operations().getFirst())),
            List.of(new Message.User("List the last 5 Stripe customers")));

    private static ModelClient client(ScriptedModelServer server, List<Duration> sleeps) {
        return ModelClients.parse(server.modelSpec(), server.settings(sleeps));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void throttlingIsRetriedWithBackoffThenAnswers(Dialect dialect) {
        List<Duration> sleeps = new ArrayList<>();
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)
                .throttle(Duration.ofSeconds(7))
                .script(Step.call("orchestrator", "Delegate.", "invoke_generator__invokeGenerator",
                        java.util.Map.of("task_description", "List the last 5 Stripe customers")));
             ModelClient model = client(server, sleeps)) {
            ModelTurn turn = model.next(ORCHESTRATOR_TURN);

            assertThat(turn).isInstanceOf(ModelTurn.UseTool.class);
            ModelTurn.UseTool call = (ModelTurn.UseTool) turn;
            assertThat(call.actionGroup()).isEqualTo("invoke_generator");
            assertThat(call.operationId()).isEqualTo("invokeGenerator");
            assertThat(call.arguments()).containsEntry("task_description", "List the last 5 Stripe customers");
            assertThat(call.rationale()).isEqualTo("Delegate.");
            assertThat(call.usage().inputTokens()).isEqualTo(1100);
            assertThat(server.events()).hasSize(2);
            // Bedrock says nothing about when to come back: 2 s backoff; the OpenAI server's Retry-After (7 s) wins
            assertThat(sleeps).containsExactly(dialect == Dialect.CONVERSE ? Duration.ofSeconds(2)
                    : Duration.ofSeconds(7));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void persistentThrottlingGivesUpAfterTheBound(Dialect dialect) {
        List<Duration> sleeps = new ArrayList<>();
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)) {
            for (int i = 0; i < 5; i++) {
                server.throttle(Duration.ofSeconds(1));
            }
            try (ModelClient model = client(server, sleeps)) {
                assertThatThrownBy(() -> model.next(ORCHESTRATOR_TURN))
                        .isInstanceOfSatisfying(ModelException.class, e -> {
                            assertThat(e.kind()).isEqualTo(ModelException.Kind.THROTTLED);
                            assertThat(e.getMessage()).contains("gave up after 4 attempts");
                        });
            }
            assertThat(server.events()).hasSize(4);
            assertThat(sleeps).hasSize(3);
            if (dialect == Dialect.CONVERSE) {
                assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
            }
        }
    }

    @Test
    void converseAnswersWithoutTextOrToolCallAreAClearErrorAndNotRetried() {
        assertMalformed(Dialect.CONVERSE, """
                {"output":{"message":{"role":"assistant","content":[]}},"stopReason":"end_turn",
                 "usage":{"inputTokens":1000,"outputTokens":0,"totalTokens":1000},"metrics":{"latencyMs":300}}""",
                "neither text nor a tool call (stopReason end_turn)");
        assertMalformed(Dialect.CONVERSE, """
                {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"tooluse_1",
                 "name":"run_shell","input":{"cmd":"ls"}}}]}},"stopReason":"tool_use",
                 "usage":{"inputTokens":1000,"outputTokens":20,"totalTokens":1020}}""",
                "tool that does not exist: 'run_shell'");
        assertMalformed(Dialect.CONVERSE, """
                {"output":{"message":{"role":"assistant","content":[{"text":"I will now write a very long"}]}},
                 "stopReason":"max_tokens","usage":{"inputTokens":1000,"outputTokens":4096,"totalTokens":5096}}""",
                "cut off at the limit of 4096 output tokens");
    }

    @Test
    void chatAnswersWithBrokenToolCallsAreAClearErrorAndNotRetried() {
        assertMalformed(Dialect.CHAT, """
                {"id":"chatcmpl-1","object":"chat.completion","model":"qwen2.5-coder","choices":[{"index":0,
                 "message":{"role":"assistant","content":"","tool_calls":[{"id":"call_1","type":"function",
                 "function":{"name":"invoke_generator__invokeGenerator","arguments":"{\\"task_description\\": "}}]},
                 "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":900,"completion_tokens":12}}""",
                "arguments that are not JSON");
        assertMalformed(Dialect.CHAT, """
                {"id":"chatcmpl-2","object":"chat.completion","model":"qwen2.5-coder","choices":[{"index":0,
                 "message":{"role":"assistant","content":null},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":900,"completion_tokens":0}}""",
                "neither text nor a tool call (finish_reason stop)");
        assertMalformed(Dialect.CHAT, """
                {"id":"chatcmpl-3","object":"chat.completion","model":"qwen2.5-coder","choices":[{"index":0,
                 "message":{"role":"assistant","content":"","tool_calls":[{"id":"call_2","type":"function",
                 "function":{"name":"delete_files","arguments":"{}"}}]},"finish_reason":"tool_calls"}]}""",
                "tool that does not exist: 'delete_files'");
        assertMalformed(Dialect.CHAT, "{\"object\":\"chat.completion\",\"choices\":[]}", "no choices");
    }

    @Test
    void aToolCallWrittenAsTextBySmallModelsIsStillUnderstood() {
        try (ScriptedModelServer server = new ScriptedModelServer(Dialect.CHAT).raw("""
                {"id":"chatcmpl-4","object":"chat.completion","model":"qwen2.5-coder","choices":[{"index":0,
                 "message":{"role":"assistant","content":"<tool_call>\\n{\\"name\\": \\"invoke_generator__invokeGenerator\\", \\"arguments\\": {\\"task_description\\": \\"List the last 5 Stripe customers\\"}}\\n</tool_call>"},
                 "finish_reason":"stop"}],"usage":{"prompt_tokens":900,"completion_tokens":30}}""");
             ModelClient model = client(server, new ArrayList<>())) {
            ModelTurn turn = model.next(ORCHESTRATOR_TURN);
            assertThat(turn).isInstanceOfSatisfying(ModelTurn.UseTool.class, call -> {
                assertThat(call.operationId()).isEqualTo("invokeGenerator");
                assertThat(call.arguments()).containsEntry("task_description", "List the last 5 Stripe customers");
            });
        }
    }

    private static void assertMalformed(Dialect dialect, String body, String message) {
        List<Duration> sleeps = new ArrayList<>();
        try (ScriptedModelServer server = new ScriptedModelServer(dialect).raw(body);
             ModelClient model = client(server, sleeps)) {
            assertThatThrownBy(() -> model.next(ORCHESTRATOR_TURN))
                    .isInstanceOfSatisfying(ModelException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ModelException.Kind.MALFORMED_ANSWER);
                        assertThat(e.getMessage()).contains(message);
                    });
            assertThat(server.events()).hasSize(1);
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void specsAreCheckedWithHelpfulMessages() {
        ModelSettings settings = ModelSettings.defaults();
        assertThat(ModelClients.parse("offline", settings).name()).isEqualTo("offline");
        assertThatThrownBy(() -> ModelClients.parse("gpt-4", settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown model 'gpt-4'")
                .hasMessageContaining("bedrock:<model-or-inference-profile-id>");
        assertThatThrownBy(() -> ModelClients.parse("bedrock:", settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a model");
        assertThatThrownBy(() -> ModelClients.parse("openai:http://127.0.0.1:11434/v1", settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<base-url>#<model>");
        assertThatThrownBy(() -> ModelClients.parse("openai:localhost:11434#qwen", settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http(s) URL");
        try (ModelClient ollama = ModelClients.parse("openai:http://127.0.0.1:11434/v1/#qwen2.5-coder", settings)) {
            assertThat(ollama.name()).isEqualTo("openai:qwen2.5-coder");
        }
    }

    @Test
    void anUnreachableServerSaysSoWithoutRetrying() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<Duration> sleeps = new ArrayList<>();
        ModelSettings settings = ModelSettings.defaults().withRetry(RetryPolicy.standard().withSleeper(sleeps::add));
        try (ModelClient model = ModelClients.parse("openai:http://127.0.0.1:" + port + "/v1#qwen2.5-coder",
                settings)) {
            assertThatThrownBy(() -> model.next(ORCHESTRATOR_TURN)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("cannot connect").hasMessageContaining("is the server running");
        }
        assertThat(sleeps).isEmpty();
    }
}
