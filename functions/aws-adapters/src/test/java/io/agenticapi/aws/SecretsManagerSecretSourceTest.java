package io.agenticapi.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.agenticapi.contract.ActionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The secret source against a WireMock Secrets Manager speaking the real JSON 1.1 wire format. */
class SecretsManagerSecretSourceTest {
    private static final String SECRET = "agentic-api-developer/stripe/test-key";
    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + SECRET + "-AbCdEf";
    private static WireMockServer server;
    private SecretsManagerClient client;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void connect() {
        server.resetAll();
        client = AwsClients.secretsManager(new ClientSettings("us-east-1", null,
                URI.create("http://127.0.0.1:" + server.port()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake"))));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static void secretString(String value) {
        stub(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"ARN\":\"" + ARN + "\",\"Name\":\"" + SECRET + "\",\"VersionId\":\"v-1\","
                        + "\"SecretString\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(value)
                        + ",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1767225600.0}"));
    }

    private static void stub(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(equalToJson("{\"SecretId\":\"" + SECRET + "\"}"))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder error(String type, String message) {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    private SecretsManagerSecretSource source() {
        return new SecretsManagerSecretSource(client, SECRET);
    }

    @Test
    void readsApiKeyFromJsonOncePerContainer() {
        secretString("{\"api_key\":\"sk_test_51Abc\"}");
        SecretsManagerSecretSource source = source();

        assertThat(source.apiKey("stripe")).hasValue("sk_test_51Abc");
        assertThat(source.apiKey("stripe")).hasValue("sk_test_51Abc");

        server.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withHeader("Content-Type", equalTo("application/x-amz-json-1.1")));
    }

    @Test
    void acceptsTheBareKey() {
        secretString("  sk_test_bare\n");
        assertThat(source().apiKey("stripe")).hasValue("sk_test_bare");
    }

    @Test
    void concurrentFirstCallsReadTheSecretOnce() throws Exception {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withFixedDelay(150)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"ARN\":\"" + ARN + "\",\"Name\":\"" + SECRET + "\",\"SecretString\":\"sk_test_c\"}")));
        SecretsManagerSecretSource source = source();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Optional<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> source.apiKey("stripe"));
            }
            for (Future<Optional<String>> result : pool.invokeAll(calls)) {
                assertThat(result.get()).hasValue("sk_test_c");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aMissingSecretIsAClearErrorAndIsNotCached() {
        stub(error("ResourceNotFoundException", "Secrets Manager can't find the specified secret."));
        SecretsManagerSecretSource source = source();

        ActionException e = catchThrowableOfType(ActionException.class, () -> source.apiKey("stripe"));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.error()).isEqualTo("missing_secret");
        assertThat(e.getMessage()).contains(SECRET).contains("does not exist").contains("api_key");

        server.resetAll();
        secretString("{\"api_key\":\"sk_test_later\"}");
        assertThat(source.apiKey("stripe")).hasValue("sk_test_later");
    }

    @Test
    void accessDeniedNamesTheErrorCode() {
        stub(error("AccessDeniedException", "User is not authorized"));
        ActionException e = catchThrowableOfType(ActionException.class, () -> source().apiKey("stripe"));
        assertThat(e.getMessage()).contains(SECRET).contains("AccessDeniedException").contains("HTTP 400");
    }

    @Test
    void brokenJsonNeverEchoesTheSecret() {
        secretString("{\"api_key\": sk_test_leaky_value");
        ActionException e = catchThrowableOfType(ActionException.class, () -> source().apiKey("stripe"));
        assertThat(e.getMessage()).contains("does not parse").doesNotContain("sk_test_leaky_value");
    }

    @Test
    void jsonWithoutApiKeyNamesTheFieldsButNotTheirValues() {
        secretString("{\"stripe_key\":\"sk_test_hidden\",\"note\":\"x\"}");
        ActionException e = catchThrowableOfType(ActionException.class, () -> source().apiKey("stripe"));
        assertThat(e.getMessage()).contains("\"api_key\"").contains("stripe_key, note")
                .doesNotContain("sk_test_hidden");
    }

    @Test
    void aBinarySecretIsExplained() {
        stub(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"ARN\":\"" + ARN + "\",\"Name\":\"" + SECRET + "\",\"SecretBinary\":\"c2stdGVzdA==\"}"));
        ActionException e = catchThrowableOfType(ActionException.class, () -> source().apiKey("stripe"));
        assertThat(e.getMessage()).contains("binary").doesNotContain("c2stdGVzdA");
    }

    @Test
    void needsASecretId() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SecretsManagerSecretSource(client, ""))
                .hasMessageContaining("AGENTIC_SECRET_ID");
    }
}
