package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.agenticapi.aws.testing.EventStreamFrames;
import io.agenticapi.aws.testing.InvokeAgentStandIn;
import io.agenticapi.aws.testing.TraceJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * execute_code carries x-requireConfirmation: the Executor returns control instead of running the code, the
 * invoke_executor Lambda tells the Orchestrator, and `debug-trace aws` answers the confirmation (CONFIRM or DENY by
 * --approve) on the Executor's session, then hands the Executor's report back to the Orchestrator.
 */
class AwsConfirmationTest {
    private static final String AGENT = "ORCH000001";
    private static final String ALIAS = "LIVE000001";
    private static final String EXECUTOR = "EXEC000001";
    private static final String EXECUTOR_ALIAS = "EXECALIAS1";
    private static final String KEY = "generated/stripe/2026/12/03/20261203T101010123Z-0a1b2c3d.py";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static InvokeAgentStandIn bedrock;

    @TempDir
    Path dir;

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

    /** The invoke_executor Lambda's body when the Executor returned control (aws-adapters' ReturnControlText). */
    private static String executorWaits() throws Exception {
        return JSON.writeValueAsString(java.util.Map.of(
                "answer", "status: error\nThe agent returned control to its caller instead of answering (invocationId "
                        + "inv-42): it asks to run execute_code POST /execute-code with code_key=" + KEY
                        + " [USER_CONFIRMATION]. This deployment runs every action group in Lambda; check the action "
                        + "group's executor and x-requireConfirmation.",
                "code_key", KEY, "status", "error", "session_id", "exec-session-9"));
    }

    private void orchestratorAnswers(String bodyContains, EventStreamFrames frames) {
        bedrock.server().stubFor(post(urlPathMatching("/agents/" + AGENT + "/agentAliases/" + ALIAS
                + "/sessions/[^/]+/text")).withRequestBody(containing(bodyContains)).willReturn(stream(frames)));
    }

    private void firstOrchestratorTurnWaitsForTheExecutor() throws Exception {
        orchestratorAnswers("Create a Stripe customer", new EventStreamFrames()
                .trace(TraceJson.modelUsage(AGENT, 1000, 50))
                .trace(TraceJson.actionCall(AGENT, "invoke_executor", "/invoke-executor", "code_key", KEY))
                .trace(TraceJson.actionResult(AGENT, executorWaits()))
                .trace(TraceJson.finish(AGENT, "status: approval_required\nThe Executor waits for confirmation."))
                .chunk("status: approval_required\nThe Executor waits for confirmation."));
    }

    private void executorContinues(String report) {
        bedrock.server().stubFor(post(urlPathEqualTo(InvokeAgentStandIn.path(EXECUTOR, EXECUTOR_ALIAS,
                "exec-session-9"))).willReturn(stream(new EventStreamFrames()
                .trace(TraceJson.modelUsage(EXECUTOR, 700, 30))
                .trace(TraceJson.finish(EXECUTOR, report))
                .chunk(report))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stream(EventStreamFrames frames) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.amazon.eventstream")
                .withHeader("x-amzn-bedrock-agent-content-type", "application/json").withBody(frames.bytes());
    }

    private List<ServeEvent> calls(String agentId) {
        return bedrock.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/agents/" + agentId + "/"))
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate())).toList();
    }

    private Path terraformOutput() throws Exception {
        return Files.writeString(dir.resolve("outputs.json"), """
                {"orchestrator_agent_id":{"value":"%s"},"orchestrator_agent_alias_id":{"value":"%s"},
                 "executor_agent_id":{"value":"%s"},"executor_agent_alias_id":{"value":"%s"},
                 "region":{"value":"us-east-1"}}""".formatted(AGENT, ALIAS, EXECUTOR, EXECUTOR_ALIAS));
    }

    @Test
    void approvedRunsAreConfirmedOnTheExecutorsSessionAndReportedBack() throws Exception {
        firstOrchestratorTurnWaitsForTheExecutor();
        executorContinues("status: success\ncode_key: " + KEY + "\nOutput: cus_123 Alice Smith");
        orchestratorAnswers("I approved running the code", new EventStreamFrames()
                .trace(TraceJson.modelUsage(AGENT, 1500, 60))
                .chunk("status: success\nCreated customer cus_123 (Alice Smith)."));

        AwsCommandTest.Run run = AwsCommandTest.run("--terraform-output", terraformOutput().toString(),
                "--endpoint-url", bedrock.endpoint().toString(), "--approve", "auto",
                "Create a Stripe customer named Alice Smith");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("confirmation CONFIRM → execute_code POST /execute-code with code_key=" + KEY)
                .contains("Created customer cus_123 (Alice Smith).")
                .contains("tokens in 3200, out 140");
        ServeEvent confirm = calls(EXECUTOR).getFirst();
        assertThat(confirm.getRequest().getUrl()).isEqualTo(
                InvokeAgentStandIn.path(EXECUTOR, EXECUTOR_ALIAS, "exec-session-9"));
        JsonNode body = JSON.readTree(confirm.getRequest().getBodyAsString());
        assertThat(body.has("inputText")).isFalse();
        assertThat(body.at("/sessionState/invocationId").asText()).isEqualTo("inv-42");
        JsonNode result = body.at("/sessionState/returnControlInvocationResults/0/apiResult");
        assertThat(result.get("actionGroup").asText()).isEqualTo("execute_code");
        assertThat(result.get("apiPath").asText()).isEqualTo("/execute-code");
        assertThat(result.get("httpMethod").asText()).isEqualTo("POST");
        assertThat(result.get("confirmationState").asText()).isEqualTo("CONFIRM");
        List<ServeEvent> orchestrator = calls(AGENT);
        assertThat(orchestrator).hasSize(2);
        assertThat(orchestrator.get(1).getRequest().getBodyAsString()).contains("cus_123 Alice Smith");
        // the follow-up continues the Orchestrator's session
        assertThat(orchestrator.get(1).getRequest().getUrl()).isEqualTo(orchestrator.get(0).getRequest().getUrl());
    }

    @Test
    void withoutATerminalOrApproveAutoTheRunIsDenied() throws Exception {
        firstOrchestratorTurnWaitsForTheExecutor();
        executorContinues("status: blocked\ncode_key: " + KEY + "\nThe user denied running the code.");
        orchestratorAnswers("I did not approve running the code", new EventStreamFrames()
                .chunk("status: blocked\nNothing ran: you did not approve the run."));

        AwsCommandTest.Run run = AwsCommandTest.run("--terraform-output", terraformOutput().toString(), "--json",
                "--endpoint-url", bedrock.endpoint().toString(), "Create a Stripe customer named Alice Smith");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.get("answer").asText()).startsWith("status: blocked");
        assertThat(doc.at("/confirmations/0/state").asText()).isEqualTo("DENY");
        assertThat(doc.at("/confirmations/0/invocation_id").asText()).isEqualTo("inv-42");
        assertThat(doc.at("/confirmations/0/agent_id").asText()).isEqualTo(EXECUTOR);
        JsonNode body = JSON.readTree(calls(EXECUTOR).getFirst().getRequest().getBodyAsString());
        assertThat(body.at("/sessionState/returnControlInvocationResults/0/apiResult/confirmationState").asText())
                .isEqualTo("DENY");
    }

    @Test
    void withoutTheExecutorsIdsItSaysWhatToPass() throws Exception {
        firstOrchestratorTurnWaitsForTheExecutor();

        AwsCommandTest.Run run = AwsCommandTest.run(AGENT, ALIAS, "--region", "us-east-1", "--endpoint-url",
                bedrock.endpoint().toString(), "--approve", "auto", "Create a Stripe customer named Alice Smith");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("waits for confirmation of execute_code POST /execute-code")
                .contains("--executor-agent-id");
        assertThat(run.out()).contains("status: approval_required");
        assertThat(calls(EXECUTOR)).isEmpty();
        assertThat(AwsCommandTest.run(AGENT, ALIAS, "x", "--executor-agent-id", EXECUTOR).exit()).isEqualTo(2);
    }

    @Test
    void aConfirmationOnTheCalledAgentsOwnStreamIsAnsweredThere() throws Exception {
        orchestratorAnswers("Refund charge ch_1", new EventStreamFrames().returnControl("""
                {"invocationId":"inv-7","invocationInputs":[{"apiInvocationInput":{"actionGroup":"execute_code",
                "httpMethod":"POST","apiPath":"/execute-code","actionInvocationType":"USER_CONFIRMATION",
                "requestBody":{"content":{"application/json":{"properties":[{"name":"code_key","type":"string",
                "value":"%s"}]}}}}}]}""".formatted(KEY)));
        orchestratorAnswers("returnControlInvocationResults", new EventStreamFrames()
                .chunk("status: success\nRefunded ch_1."));

        AwsCommandTest.Run run = AwsCommandTest.run(AGENT, ALIAS, "--region", "us-east-1", "--endpoint-url",
                bedrock.endpoint().toString(), "--approve", "auto", "--session-id", "own-session-1",
                "Refund charge ch_1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("confirmation CONFIRM → execute_code POST /execute-code with code_key=" + KEY)
                .contains("Refunded ch_1.");
        List<ServeEvent> orchestrator = calls(AGENT);
        assertThat(orchestrator).hasSize(2);
        assertThat(orchestrator.get(1).getRequest().getUrl()).isEqualTo(
                InvokeAgentStandIn.path(AGENT, ALIAS, "own-session-1"));
        JsonNode body = JSON.readTree(orchestrator.get(1).getRequest().getBodyAsString());
        assertThat(body.at("/sessionState/invocationId").asText()).isEqualTo("inv-7");
        assertThat(body.at("/sessionState/returnControlInvocationResults/0/apiResult/confirmationState").asText())
                .isEqualTo("CONFIRM");
    }
}
