package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.aws.testing.EventStreamFrames;
import io.agenticapi.aws.testing.InvokeAgentStandIn;
import io.agenticapi.aws.testing.TraceJson;
import io.agenticapi.cli.UsageException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `debug-trace aws` driven through picocli in-process against a WireMock InvokeAgent that streams real
 * event-stream frames; fake static credentials come from the SDK's aws.accessKeyId/aws.secretAccessKey properties.
 */
class AwsCommandTest {
    private static final String AGENT = "ORCH000001";
    private static final String ALIAS = "LIVE000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static InvokeAgentStandIn bedrock;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void start() {
        bedrock = new InvokeAgentStandIn();
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "fake-secret-for-tests");
    }

    @AfterAll
    static void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        bedrock.close();
    }

    @BeforeEach
    void reset() {
        bedrock.server().resetAll();
    }

    /** Runs the command as DebugTrace does: UsageException is exit 2, anything else thrown is exit 1. */
    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cli = new CommandLine(new AwsCommand());
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                commandLine.getErr().println("debug-trace: " + e.getMessage());
                return e instanceof UsageException ? 2 : 1;
            });
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String endpoint() {
        return bedrock.endpoint().toString();
    }

    private static EventStreamFrames orchestratorRun(String answer) {
        return new EventStreamFrames()
                .trace(TraceJson.rationale(AGENT, "Delegate code writing to the Generator"))
                .trace(TraceJson.modelUsage(AGENT, 1200, 80))
                .trace(TraceJson.actionCall(AGENT, "invoke_generator", "/invoke-generator", "task_description",
                        "create a customer"))
                .trace(TraceJson.actionResult(AGENT, "{\"code_key\":\"generated/stripe/2026/01/02/x.py\"}"))
                .trace(TraceJson.modelUsage(AGENT, 300, 40))
                .trace(TraceJson.finish(AGENT, answer))
                .chunk(answer);
    }

    private Path terraformOutput() throws Exception {
        Path file = dir.resolve("outputs.json");
        Files.writeString(file, """
                {"orchestrator_agent_id":{"sensitive":false,"type":"string","value":"%s"},
                 "orchestrator_agent_alias_id":{"sensitive":false,"type":"string","value":"%s"},
                 "region":{"sensitive":false,"type":"string","value":"eu-west-1"},
                 "code_bucket_name":{"sensitive":false,"type":"string","value":"b"}}""".formatted(AGENT, ALIAS));
        return file;
    }

    @Test
    void printsTheLiveTraceUsageAndAnswer() {
        bedrock.answer(AGENT, ALIAS, orchestratorRun("status: success\nCreated customer cus_123 (Alice Smith)."));

        Run run = run(AGENT, ALIAS, "Create a Stripe test customer named Alice Smith with email alice@test.com",
                "--region", "us-east-1", "--endpoint-url", endpoint());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("agent ORCH000001 · alias LIVE000001 · region us-east-1")
                .contains("request: Create a Stripe test customer named Alice Smith")
                .contains("thinks   Delegate code writing to the Generator")
                .contains("calls    invoke_generator post /invoke-generator  task_description=\"create a customer\"")
                .contains("model    tokens in 1200, out 80")
                .contains("answers  status: success")
                .contains("tokens in 1500, out 120")
                .contains("Created customer cus_123 (Alice Smith).")
                .contains("session: ");
        assertThat(bedrock.server().getAllServeEvents()).singleElement().satisfies(e -> {
            assertThat(e.getRequest().getUrl()).startsWith("/agents/ORCH000001/agentAliases/LIVE000001/sessions/");
            assertThat(e.getRequest().getBodyAsString()).contains("Alice Smith").contains("\"enableTrace\":true");
            assertThat(e.getRequest().getHeader("Authorization")).contains("AKIDEXAMPLE/").contains("/us-east-1/");
        });
    }

    @Test
    void jsonDocumentWithIdsAndRegionFromTerraformOutputs() throws Exception {
        bedrock.answerInSession(AGENT, ALIAS, "debug-session-1", orchestratorRun("status: success\nListed 5."));

        Run run = run("--terraform-output", terraformOutput().toString(), "--json", "--session-id",
                "debug-session-1", "--endpoint-url", endpoint(), "List the last 5 Stripe customers");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.get("request").asText()).isEqualTo("List the last 5 Stripe customers");
        assertThat(doc.get("answer").asText()).isEqualTo("status: success\nListed 5.");
        assertThat(doc.get("result").asText()).isEqualTo("success");
        assertThat(doc.get("session_id").asText()).isEqualTo("debug-session-1");
        assertThat(doc.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(doc.get("agent_id").asText()).isEqualTo(AGENT);
        assertThat(doc.at("/usage/input_tokens").asInt()).isEqualTo(1500);
        assertThat(doc.at("/timings/total_ms").asLong()).isNotNegative();
        assertThat(doc.at("/timings/attempts").asInt()).isEqualTo(1);
        assertThat(doc.get("trace")).hasSize(6);
        assertThat(doc.at("/trace/0/trace/orchestrationTrace/rationale/text").asText())
                .isEqualTo("Delegate code writing to the Generator");
        assertThat(doc.at("/trace/2/trace/orchestrationTrace/invocationInput/actionGroupInvocationInput/apiPath")
                .asText()).isEqualTo("/invoke-generator");
        assertThat(bedrock.server().getAllServeEvents()).singleElement().satisfies(e -> assertThat(
                e.getRequest().getHeader("Authorization")).contains("/eu-west-1/"));
    }

    @Test
    void scenarioFileRunsEachRequestThenASummary() throws Exception {
        bedrock.answer(AGENT, ALIAS, orchestratorRun("status: success\ndone"));
        Path scenarios = dir.resolve("scenarios.txt");
        Files.writeString(scenarios, "# mine\nCreate a customer named Bob\n\nList the last 2 Stripe customers\n");

        Run run = run(AGENT, ALIAS, "--scenarios", scenarios.toString(), "--region", "us-east-1",
                "--endpoint-url", endpoint());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("── scenario 1 of 2 ──").contains("── scenario 2 of 2 ──")
                .contains("══ summary ══")
                .containsPattern("1  success +\\d+\\.\\d s +1500/120  Create a customer named Bob")
                .containsPattern("2  success .* List the last 2 Stripe customers")
                .contains("answered 2 of 2");
        assertThat(bedrock.calls()).isEqualTo(2);
        // a new session per request
        assertThat(bedrock.server().getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
                .doesNotHaveDuplicates();
    }

    @Test
    void theBuiltInScenariosStartWithTheOriginalThree() {
        assertThat(Scenarios.builtIn()).hasSizeGreaterThan(3).startsWith(
                "Create a Stripe test customer named Alice Smith with email alice@test.com",
                "List the last 5 Stripe customers",
                "Create a Stripe payment intent for 2500 cents (25 USD) with currency usd")
                .noneMatch(line -> line.startsWith("#") || line.isBlank());
    }

    @Test
    void throttlingIsRetriedAndSaidOnStandardError() {
        bedrock.throttleThenAnswer(AGENT, ALIAS, 1, orchestratorRun("status: success\nok"));

        Run run = run(AGENT, ALIAS, "List customers", "--region", "us-east-1", "--endpoint-url", endpoint(),
                "--retry-delay", "PT0S");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("throttled (ThrottlingException: Rate exceeded); attempt 2 of 4");
        assertThat(run.out()).contains("2 attempts");
        assertThat(bedrock.calls()).isEqualTo(2);
    }

    @Test
    void persistentThrottlingEndsWithAQuotaHint() {
        bedrock.fail(AGENT, ALIAS, 429, "ThrottlingException", "Rate exceeded");

        Run run = run(AGENT, ALIAS, "List customers", "--region", "us-east-1", "--endpoint-url", endpoint(),
                "--retry-delay", "PT0S", "--max-attempts", "3");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("after 3 attempts").contains("hint: Bedrock kept throttling")
                .contains("higher quota");
        assertThat(bedrock.calls()).isEqualTo(3);
    }

    @Test
    void anUnknownAgentStopsTheScenarioRunWithAHint() {
        bedrock.fail(AGENT, ALIAS, 404, "ResourceNotFoundException",
                "Failed to retrieve resource because it doesn't exist. Retry the request with a different resource.");

        Run run = run(AGENT, ALIAS, "--region", "us-east-1", "--endpoint-url", endpoint());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("ResourceNotFoundException")
                .contains("hint: no agent ORCH000001 with alias LIVE000001 in us-east-1");
        assertThat(run.out()).contains("answered 0 of " + Scenarios.builtIn().size())
                .contains((Scenarios.builtIn().size() - 1) + " not sent");
        assertThat(bedrock.calls()).isEqualTo(1);
    }

    @Test
    void returnControlIsShownAndCountsAsAnAnswerThatSaysError() {
        bedrock.answer(AGENT, ALIAS, new EventStreamFrames().returnControl("""
                {"invocationId":"inv-1","invocationInputs":[{"functionInvocationInput":{"actionGroup":"ask",
                "function":"confirm","parameters":[{"name":"x","type":"string","value":"1"}]}}]}"""));

        Run run = run(AGENT, ALIAS, "do it", "--region", "us-east-1", "--endpoint-url", endpoint());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("returned control to the caller")
                .contains("it asks to run ask confirm with x=1");
    }

    @Test
    void missingCredentialsAreAClearFailure() {
        Run run = run(AGENT, ALIAS, "hello", "--region", "us-east-1", "--endpoint-url", endpoint(),
                "--profile", "no-such-profile-for-debug-trace-tests");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no usable AWS credentials for profile 'no-such-profile-for-debug-trace-tests'")
                .contains("hint: run `aws configure`");
        assertThat(bedrock.calls()).isZero();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("hello").err()).contains("say which agent");
        assertThat(run("not an id", ALIAS, "x").err()).contains("is not a Bedrock agent id");
        Run both = run("--agent-id", AGENT, "--alias-id", ALIAS, AGENT, ALIAS);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give at most one argument");
        Run noAlias = run("--agent-id", AGENT, "x");
        assertThat(noAlias.err()).contains("no alias id");
        assertThat(run("--terraform-output", dir.resolve("none.json").toString(), "x").err())
                .contains("no such file").contains("terraform -chdir=terraform output -json");
        Files.writeString(dir.resolve("other.json"), "{\"region\":{\"value\":\"us-east-1\"}}");
        assertThat(run("--terraform-output", dir.resolve("other.json").toString(), "x").err())
                .contains("has no output orchestrator_agent_id");
        Run badDelay = run(AGENT, ALIAS, "x", "--retry-delay", "2s");
        assertThat(badDelay.exit()).isEqualTo(2);
        assertThat(badDelay.err()).contains("ISO-8601");
        assertThat(run(AGENT, ALIAS, "x", "--session-id", "a b").exit()).isEqualTo(2);
        assertThat(run(AGENT, ALIAS, "x", "--endpoint-url", "localhost:1").exit()).isEqualTo(2);
        assertThat(run(AGENT, ALIAS, "x", "--scenarios", "f.txt").err()).contains("not both");
        assertThat(bedrock.calls()).isZero();
    }
}
