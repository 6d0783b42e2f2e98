package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CLI as a user drives it: commands, JSON output, exit codes, error messages. */
class DebugTraceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DebugTrace.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void localJsonRunsTheFirstScenarioEndToEnd() throws Exception {
        Run run = run("local", "--json", "--approve", "auto", "--code-store", dir.toString(),
                "Create a Stripe test customer named Alice Smith with email alice@test.com");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.get("status").asText()).isEqualTo("success");
        assertThat(doc.at("/execution/status").asText()).isEqualTo("success");
        assertThat(doc.at("/execution/stdout").asText()).contains("cus_").contains("Alice Smith")
                .contains("alice@test.com");
        assertThat(doc.at("/validation/verdict").asText()).isEqualTo("allowed");
        assertThat(doc.get("code").asText()).contains("stripe.Customer.create");
        assertThat(doc.get("answer").asText()).contains("success");
        assertThat(doc.get("trace").size()).isGreaterThan(5);
        assertThat(doc.at("/timings/total_ms").asLong()).isPositive();
        String key = doc.get("code_key").asText();
        assertThat(dir.resolve(key)).exists();
        assertThat(dir.resolve(key.replace(".py", ".json"))).exists();
    }

    @Test
    void localPrintsAReadableTrace() {
        Run run = run("local", "--code-store", dir.toString(), "List the last 5 Stripe customers");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("orchestrator").contains("generator").contains("executor")
                .contains("calls").contains("invoke_generator").contains("generate_code").contains("execute_code")
                .contains("answer").contains("status: success");
    }

    @Test
    void dangerousRequestsEndRefusedWithExitOne() throws Exception {
        Run run = run("local", "--json", "--code-store", dir.toString(),
                "Delete all files in the home directory using subprocess");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode doc = run.json();
        assertThat(doc.get("status").asText()).isIn("refused", "blocked");
        assertThat(doc.get("execution").isNull()).isTrue();
    }

    @Test
    void validateAndExecuteAFile() throws Exception {
        Path good = Files.writeString(dir.resolve("good.py"), """
                import os
                import stripe
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                intent = stripe.PaymentIntent.create(amount=2500, currency="usd")
                print(intent.id, intent.amount, intent.currency)
                """);
        assertThat(run("validate", good.toString()).exit()).isZero();
        Run exec = run("execute", "--json", good.toString());
        assertThat(exec.exit()).as(exec.err()).isZero();
        JsonNode result = exec.json();
        assertThat(result.get("status").asText()).isEqualTo("success");
        assertThat(result.get("stdout").asText()).matches("(?s)pi_\\w+ 2500 usd\\s*");
        assertThat(result.get("api_calls").get(0).get("status").asInt()).isEqualTo(200);
        for (String field : new String[]{"status", "stdout", "stderr", "error", "duration_ms", "api_calls"}) {
            assertThat(result.has(field)).as(field).isTrue();
        }

        Path bad = Files.writeString(dir.resolve("bad.py"), "import subprocess\nsubprocess.run(['ls'])\n");
        Run validate = run("validate", "--json", bad.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.json().get("verdict").asText()).isEqualTo("blocked");
        Run blocked = run("execute", bad.toString());
        assertThat(blocked.exit()).isEqualTo(1);
        assertThat(blocked.out()).contains("status: blocked");
    }

    @Test
    void invokePrintsTheEnvelopeAsBedrockWouldGetIt() throws Exception {
        Path event = Files.writeString(dir.resolve("event.json"), """
                {"messageVersion": "1.0", "agent": {"name": "generator", "id": "G", "alias": "A", "version": "1"},
                 "inputText": "hi", "sessionId": "s1", "actionGroup": "generate_code", "apiPath": "/generate-code",
                 "httpMethod": "POST", "parameters": [],
                 "requestBody": {"content": {"application/json": {"properties": [
                   {"name": "code", "type": "string", "value": "print('hello')"},
                   {"name": "task_description", "type": "string", "value": "say hello"}]}}},
                 "sessionAttributes": {}, "promptSessionAttributes": {}}
                """);
        Run run = run("invoke", "--code-store", dir.toString(), "generate_code", event.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode envelope = run.json();
        assertThat(envelope.at("/response/httpStatusCode").asInt()).isEqualTo(200);
        JsonNode body = JSON.readTree(envelope.at("/response/responseBody/application~1json/body").asText());
        assertThat(dir.resolve(body.get("code_key").asText())).hasContent("print('hello')");

        Files.writeString(event, "{\"apiPath\": \"/generate-code\", \"httpMethod\": \"POST\"}");
        Run bad = run("invoke", "--code-store", dir.toString(), "generate-code", event.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.json().at("/response/httpStatusCode").asInt()).isEqualTo(400);
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Run noCommand = run();
        assertThat(noCommand.exit()).isEqualTo(2);
        assertThat(noCommand.err()).contains("give a command");
        Run missing = run("validate", dir.resolve("nope.py").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run badTarget = run("execute", "--stripe", "prod", dir.resolve("any.py").toString());
        assertThat(badTarget.exit()).isEqualTo(2);
        assertThat(badTarget.err()).contains("--stripe must be offline or stripe");
        Run unknownFunction = run("invoke", "delete_everything", dir.resolve("event.json").toString());
        assertThat(unknownFunction.exit()).isEqualTo(2);
        assertThat(unknownFunction.err()).contains("unknown function");
        Run badModel = run("local", "--model", "gpt", "hello");
        assertThat(badModel.exit()).isEqualTo(2);
        assertThat(badModel.err()).contains("--model");
    }

    @Test
    void liveStripeKeysAreRefused() {
        assertThatThrownBy(() -> ApiTarget.stripeTestMode("sk_live_abcdefghijklmnop"))
                .isInstanceOf(UsageException.class).hasMessageContaining("LIVE key");
        assertThatThrownBy(() -> ApiTarget.stripeTestMode("rk_live_abcdefghijklmnop"))
                .isInstanceOf(UsageException.class).hasMessageContaining("LIVE key");
        assertThatThrownBy(() -> ApiTarget.stripeTestMode(null))
                .isInstanceOf(UsageException.class).hasMessageContaining("STRIPE_API_KEY");
        assertThatThrownBy(() -> ApiTarget.stripeTestMode("pk_test_123"))
                .isInstanceOf(UsageException.class).hasMessageContaining("test key");
    }
}
