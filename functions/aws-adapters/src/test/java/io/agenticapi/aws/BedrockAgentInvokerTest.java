package io.agenticapi.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.agenticapi.aws.testing.EventStreamFrames;
import io.agenticapi.aws.testing.InvokeAgentStandIn;
import io.agenticapi.aws.testing.TraceJson;
import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker.AgentCall;
import io.agenticapi.services.ports.AgentInvoker.AgentReply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The invoker against a WireMock InvokeAgent that streams real event-stream frames. */
class BedrockAgentInvokerTest {
    private static final String AGENT = "GENAGENT01";
    private static final String ALIAS = "ALIAS00001";
    private static InvokeAgentStandIn bedrock;
    private static BedrockAgentRuntimeAsyncClient client;

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<JsonNode> live = new ArrayList<>();
    private final List<String> retries = new ArrayList<>();

    @BeforeAll
    static void start() {
        bedrock = new InvokeAgentStandIn();
        client = bedrock.client();
    }

    @AfterAll
    static void stop() {
        client.close();
        bedrock.close();
    }

    @BeforeEach
    void reset() {
        bedrock.server().resetAll();
    }

    private BedrockAgentInvoker invoker() {
        return new BedrockAgentInvoker(client, AGENT, ALIAS, BedrockAgentInvoker.Retry.DEFAULT, sleeps::add,
                new BedrockAgentInvoker.Listener() {
                    @Override
                    public void onTrace(JsonNode part) {
                        live.add(part);
                    }

                    @Override
                    public void onRetry(int failedAttempt, Duration wait, String reason) {
                        retries.add(failedAttempt + " " + wait + " " + reason);
                    }
                });
    }

    @Test
    void collectsTheStreamedAnswerAndTracesInWireShape() {
        bedrock.answerInSession(AGENT, ALIAS, "session-42", new EventStreamFrames()
                .trace(TraceJson.rationale(AGENT, "I will write the code"))
                .trace(TraceJson.modelUsage(AGENT, 1200, 80))
                .trace(TraceJson.actionCall(AGENT, "generate_code", "/generate-code", "code", "print(1)"))
                .trace(TraceJson.actionResult(AGENT, "{\"code_key\":\"generated/stripe/x.py\"}"))
                .trace(TraceJson.finish(AGENT, "done"))
                .chunk("status: success\n")
                .chunk("code_key: generated/stripe/2026/01/02/x.py"));

        AgentReply reply = invoker().invoke(new AgentCall("session-42", "write code", Map.of("user", "alice")));

        assertThat(reply.text()).isEqualTo("status: success\ncode_key: generated/stripe/2026/01/02/x.py");
        assertThat(reply.sessionId()).isEqualTo("session-42");
        assertThat(reply.traces()).hasSize(5).containsExactlyElementsOf(live);
        JsonNode rationale = reply.traces().getFirst();
        assertThat(rationale.at("/trace/orchestrationTrace/rationale/text").asText()).isEqualTo("I will write the code");
        assertThat(rationale.get("agentId").asText()).isEqualTo(AGENT);
        assertThat(rationale.at("/callerChain/0/agentAliasArn").asText()).endsWith("/" + AGENT + "/ALIAS");
        assertThat(reply.traces().get(1).at("/trace/orchestrationTrace/modelInvocationOutput/metadata/usage/inputTokens")
                .asInt()).isEqualTo(1200);
        JsonNode call = reply.traces().get(2).at("/trace/orchestrationTrace/invocationInput/actionGroupInvocationInput");
        assertThat(call.get("verb").asText()).isEqualTo("post");
        assertThat(call.at("/requestBody/content/application~1json/0/value").asText()).isEqualTo("print(1)");
        assertThat(reply.traces().get(4).at("/trace/orchestrationTrace/observation/type").asText()).isEqualTo("FINISH");

        ServeEvent request = bedrock.server().getAllServeEvents().getFirst();
        assertThat(request.getRequest().getUrl()).isEqualTo(InvokeAgentStandIn.path(AGENT, ALIAS, "session-42"));
        assertThat(request.getRequest().getBodyAsString()).contains("\"inputText\":\"write code\"")
                .contains("\"enableTrace\":true").contains("\"sessionAttributes\":{\"user\":\"alice\"}");
        assertThat(request.getRequest().getHeader("Authorization")).contains("AKIDEXAMPLE");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aMissingOrInvalidSessionIdBecomesAFreshOne() {
        bedrock.answer(AGENT, ALIAS, new EventStreamFrames().chunk("hi"));

        AgentReply none = invoker().invoke(new AgentCall(null, "hello", null));
        AgentReply bad = invoker().invoke(new AgentCall("has spaces/and slashes", "hello", Map.of()));

        assertThat(none.sessionId()).matches("[0-9a-f-]{36}");
        assertThat(bad.sessionId()).matches("[0-9a-f-]{36}").isNotEqualTo(none.sessionId());
        assertThat(bedrock.server().getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder(InvokeAgentStandIn.path(AGENT, ALIAS, none.sessionId()),
                        InvokeAgentStandIn.path(AGENT, ALIAS, bad.sessionId()));
    }

    @Test
    void keepsFailureTraces() {
        bedrock.answer(AGENT, ALIAS, new EventStreamFrames()
                .trace(TraceJson.failure(AGENT, "Lambda returned an invalid response"))
                .chunk("I could not finish."));

        AgentReply reply = invoker().invoke(new AgentCall("s1", "x", Map.of()));

        assertThat(reply.text()).isEqualTo("I could not finish.");
        assertThat(reply.traces()).singleElement().satisfies(part ->
                assertThat(part.at("/trace/failureTrace/failureReason").asText())
                        .isEqualTo("Lambda returned an invalid response"));
    }

    @Test
    void returnControlIsTracedAndExplainedInTheReply() {
        bedrock.answer(AGENT, ALIAS, new EventStreamFrames().returnControl("""
                {"invocationId":"inv-7","invocationInputs":[{"apiInvocationInput":{"actionGroup":"execute_code",
                "httpMethod":"POST","apiPath":"/execute-code","actionInvocationType":"USER_CONFIRMATION",
                "parameters":[{"name":"code_key","type":"string","value":"generated/stripe/a.py"}]}}]}"""));

        AgentReply reply = invoker().invoke(new AgentCall("s1", "x", Map.of()));

        assertThat(reply.text()).startsWith("status: error").contains("returned control").contains("inv-7")
                .contains("execute_code POST /execute-code with code_key=generated/stripe/a.py [USER_CONFIRMATION]");
        assertThat(reply.traces()).singleElement().satisfies(part -> {
            assertThat(part.at("/returnControl/invocationId").asText()).isEqualTo("inv-7");
            assertThat(part.at("/returnControl/invocationInputs/0/apiInvocationInput/apiPath").asText())
                    .isEqualTo("/execute-code");
            assertThat(part.get("agentId").asText()).isEqualTo(AGENT);
            assertThat(part.get("sessionId").asText()).isEqualTo("s1");
        });
        assertThat(live).hasSize(1);
    }

    @Test
    void throttlingIsRetriedWithBackoffThenAnswers() {
        bedrock.throttleThenAnswer(AGENT, ALIAS, 2, new EventStreamFrames().chunk("finally"));

        AgentReply reply = invoker().invoke(new AgentCall("s1", "x", Map.of()));

        assertThat(reply.text()).isEqualTo("finally");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(retries).hasSize(2).first().asString().contains("ThrottlingException").contains("Rate exceeded");
        assertThat(bedrock.calls()).isEqualTo(3);
    }

    @Test
    void persistentThrottlingBecomesA429AfterBoundedRetries() {
        bedrock.fail(AGENT, ALIAS, 429, "ThrottlingException", "Rate exceeded");

        ActionException e = catchThrowableOfType(ActionException.class,
                () -> invoker().invoke(new AgentCall("s1", "x", Map.of())));

        assertThat(e.status()).as(e.getMessage()).isEqualTo(429);
        assertThat(e.error()).isEqualTo("throttled");
        assertThat(e.getMessage()).contains("after 4 attempts").contains("quota increase");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(bedrock.calls()).isEqualTo(4);
    }

    @Test
    void throttlingAfterAnActionStartedIsNotRetried() {
        bedrock.answer(AGENT, ALIAS, new EventStreamFrames()
                .trace(TraceJson.actionCall(AGENT, "execute_code", "/execute-code", "code_key", "k"))
                .exception("throttlingException", "Too many tokens"));

        ActionException e = catchThrowableOfType(ActionException.class,
                () -> invoker().invoke(new AgentCall("s1", "x", Map.of())));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.getMessage()).contains("not retried").contains("run it twice");
        assertThat(bedrock.calls()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(live).hasSize(1);
    }

    @Test
    void throttlingInsideTheStreamBeforeAnyActionIsRetried() {
        bedrock.server().stubFor(post(urlPathMatching("/agents/.*"))
                .inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/vnd.amazon.eventstream")
                        .withBody(new EventStreamFrames().trace(TraceJson.rationale(AGENT, "thinking"))
                                .exception("throttlingException", "Too many tokens").bytes()))
                .willSetStateTo("ok"));
        bedrock.server().stubFor(post(urlPathMatching("/agents/.*"))
                .inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/vnd.amazon.eventstream")
                        .withBody(new EventStreamFrames().chunk("answer after retry").bytes())));

        AgentReply reply = invoker().invoke(new AgentCall("s1", "x", Map.of()));

        assertThat(reply.text()).isEqualTo("answer after retry");
        assertThat(reply.traces()).hasSize(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void unknownAgentMapsToABadGatewayWithTheServiceMessage() {
        bedrock.fail(AGENT, ALIAS, 404, "ResourceNotFoundException", "Failed to retrieve resource because it doesn't exist");

        assertThatThrownBy(() -> invoker().invoke(new AgentCall("s1", "x", Map.of())))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.getMessage()).contains("ResourceNotFoundException").contains("doesn't exist");
                });
        assertThat(bedrock.calls()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retryDelaysDoubleAndAttemptsAreBounded() {
        BedrockAgentInvoker.Retry retry = new BedrockAgentInvoker.Retry(3, Duration.ofMillis(500));
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> new BedrockAgentInvoker.Retry(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BedrockAgentInvoker(client, " ", ALIAS))
                .hasMessageContaining("agent id");
    }

    @Test
    void throttlingIsRecognisedWhenTheSdkWrapsItAndBrokenConnectionsAreTransient() {
        software.amazon.awssdk.services.bedrockagentruntime.model.ThrottlingException throttling =
                software.amazon.awssdk.services.bedrockagentruntime.model.ThrottlingException.builder()
                        .message("Rate exceeded").build();
        software.amazon.awssdk.core.exception.SdkClientException wrapped =
                software.amazon.awssdk.core.exception.SdkClientException.builder().cause(throttling).build();
        assertThat(BedrockAgentInvoker.isThrottling(wrapped)).isTrue();
        software.amazon.awssdk.core.exception.SdkClientException cancelled =
                software.amazon.awssdk.core.exception.SdkClientException.builder()
                        .cause(new java.io.IOException("Request cancelled")).build();
        assertThat(BedrockAgentInvoker.isThrottling(cancelled)).isFalse();
        assertThat(BedrockAgentInvoker.causedByIo(cancelled)).isTrue();
        assertThat(BedrockAgentInvoker.causedByIo(software.amazon.awssdk.core.exception.SdkClientException.builder()
                .message("Unable to load credentials").build())).isFalse();
        // a connection that broke after throttled attempts still reports the throttling
        assertThat(BedrockAgentInvoker.translate(cancelled, 4, false, true).status()).isEqualTo(429);
        assertThat(BedrockAgentInvoker.translate(cancelled, 1, false, false).status()).isEqualTo(502);
    }
}
