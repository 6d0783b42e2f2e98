package io.agenticapi.aws.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.agenticapi.aws.AwsClients;
import io.agenticapi.aws.ClientSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Bedrock Agent Runtime's InvokeAgent on 127.0.0.1, served by WireMock: POST
 * /agents/{agentId}/agentAliases/{agentAliasId}/sessions/{sessionId}/text (the path in the SDK's model) answering
 * an application/vnd.amazon.eventstream body, or an error in the service's JSON error shape.
 */
public final class InvokeAgentStandIn implements AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret-for-tests"));

    private final WireMockServer server;

    public InvokeAgentStandIn() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public ClientSettings settings() {
        return new ClientSettings(REGION, null, endpoint(), CREDENTIALS);
    }

    public BedrockAgentRuntimeAsyncClient client() {
        return AwsClients.bedrockAgentRuntime(settings(), Duration.ofSeconds(30));
    }

    public static String path(String agentId, String aliasId, String sessionId) {
        return "/agents/" + agentId + "/agentAliases/" + aliasId + "/sessions/" + sessionId + "/text";
    }

    /** Any session of this agent alias answers with the given frames. */
    public void answer(String agentId, String aliasId, EventStreamFrames frames) {
        server.stubFor(anySession(agentId, aliasId).willReturn(stream(frames)));
    }

    /** Answers the given frames in this session only, echoing its id in the response header. */
    public void answerInSession(String agentId, String aliasId, String sessionId, EventStreamFrames frames) {
        server.stubFor(post(urlPathEqualTo(path(agentId, aliasId, sessionId)))
                .willReturn(stream(frames).withHeader("x-amz-bedrock-agent-session-id", sessionId)));
    }

    /** Throttles the first {@code times} calls, then answers with the frames. */
    public void throttleThenAnswer(String agentId, String aliasId, int times, EventStreamFrames frames) {
        String scenario = "throttle-" + agentId;
        for (int i = 0; i < times; i++) {
            server.stubFor(anySession(agentId, aliasId).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "throttled-" + i)
                    .willReturn(error(429, "ThrottlingException", "Rate exceeded"))
                    .willSetStateTo("throttled-" + (i + 1)));
        }
        server.stubFor(anySession(agentId, aliasId).inScenario(scenario)
                .whenScenarioStateIs(times == 0 ? Scenario.STARTED : "throttled-" + times)
                .willReturn(stream(frames)));
    }

    public void fail(String agentId, String aliasId, int status, String errorType, String message) {
        server.stubFor(anySession(agentId, aliasId).willReturn(error(status, errorType, message)));
    }

    public int calls() {
        return server.getAllServeEvents().size();
    }

    private static MappingBuilder anySession(String agentId, String aliasId) {
        return post(urlPathMatching("/agents/" + agentId + "/agentAliases/" + aliasId + "/sessions/[^/]+/text"));
    }

    private static ResponseDefinitionBuilder stream(EventStreamFrames frames) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.amazon.eventstream")
                .withHeader("x-amzn-bedrock-agent-content-type", "application/json")
                .withBody(frames.bytes());
    }

    /** The service's JSON error: the type in x-amzn-ErrorType, {"message": ...} in the body. */
    private static ResponseDefinitionBuilder error(int status, String errorType, String message) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", errorType)
                .withHeader("x-amzn-RequestId", "req-1")
                .withBody("{\"message\":\"" + message + "\"}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
