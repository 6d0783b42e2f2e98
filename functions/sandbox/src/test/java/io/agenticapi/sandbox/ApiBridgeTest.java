package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiBridgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk_test_realkey_1234567890";

    private final List<ApiRequest> sent = new ArrayList<>();
    private final ApiTransport transport = new ApiTransport() {
        @Override
        public ApiResponse send(ApiRequest request) {
            sent.add(request);
            return new ApiResponse(200, "{\"id\":\"cus_1\",\"echo\":\"" + request.apiKey() + "\"}",
                    Map.of("Request-Id", "req_42"));
        }

        @Override
        public String baseUrl() {
            return "http://127.0.0.1:1";
        }
    };

    private ApiBridge bound(List<ApiCall> calls) {
        ApiBridge bridge = new ApiBridge();
        bridge.bind(new ApiBridge.Binding(ExecutionRequest.stripe(KEY, transport),
                new SecretRedactor(List.of(KEY)), calls));
        return bridge;
    }

    @Test
    void addsTheRealKeyEncodesParamsMapsOptionsAndRedactsTheAnswer() throws Exception {
        List<ApiCall> calls = new ArrayList<>();
        JsonNode answer = JSON.readTree(bound(calls).request("POST", "/v1/customers",
                "{\"name\":\"A B\",\"metadata\":{\"k\":\"v\"}}",
                "{\"idempotency_key\":\"idem-1\",\"stripe_account\":\"acct_1\",\"api_key\":\"sk_guest\"}"));

        ApiRequest request = sent.get(0);
        assertThat(request.apiKey()).isEqualTo(KEY);
        assertThat(request.formBody()).isEqualTo("name=A+B&metadata%5Bk%5D=v");
        assertThat(request.headers()).containsEntry("Idempotency-Key", "idem-1")
                .containsEntry("Stripe-Account", "acct_1").hasSize(2);
        assertThat(answer.get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("body").asText()).doesNotContain(KEY).contains("[REDACTED]");
        assertThat(answer.get("headers").get("request-id").asText()).isEqualTo("req_42");
        assertThat(calls).containsExactly(new ApiCall("POST", "/v1/customers", 200, calls.get(0).durationMs(),
                "req_42"));
    }

    @Test
    void getParametersGoIntoTheQuery() {
        bound(new ArrayList<>()).request("GET", "/v1/customers", "{\"limit\":3,\"expand\":[\"data.x\"]}", "{}");

        assertThat(sent.get(0).path()).isEqualTo("/v1/customers?limit=3&expand%5B0%5D=data.x");
        assertThat(sent.get(0).formBody()).isNull();
    }

    @Test
    void refusesForeignHostsTraversalAndOddMethods() throws Exception {
        ApiBridge bridge = bound(new ArrayList<>());
        for (String path : List.of("http://evil.example/v1/x", "//evil.example/v1", "/v1/../admin",
                "/v1/%2e%2e/admin", "/v1/customers?x=1", "/internal", "/v1/a b")) {
            JsonNode answer = JSON.readTree(bridge.request("GET", path, "{}", "{}"));
            assertThat(answer.get("status").asInt()).as(path).isZero();
        }
        assertThat(JSON.readTree(bridge.request("PATCH", "/v1/customers", "{}", "{}")).get("status").asInt())
                .isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void withoutARunOrATransportAnswersConnectionFailure() throws Exception {
        assertThat(JSON.readTree(new ApiBridge().request("GET", "/v1/customers", "{}", "{}"))
                .get("status").asInt()).isZero();
        ApiBridge offline = new ApiBridge();
        List<ApiCall> calls = new ArrayList<>();
        offline.bind(new ApiBridge.Binding(ExecutionRequest.offline(), SecretRedactor.none(), calls));
        assertThat(JSON.readTree(offline.request("GET", "/v1/customers", "{}", "{}")).get("status").asInt())
                .isZero();
        assertThat(calls).extracting(ApiCall::status).containsExactly(0);
    }

    @Test
    void capsTheNumberOfCallsPerRun() throws Exception {
        List<ApiCall> calls = new ArrayList<>();
        ApiBridge bridge = bound(calls);
        for (int i = 0; i < ApiBridge.MAX_CALLS_PER_RUN; i++) {
            bridge.request("GET", "/v1/customers", "{}", "{}");
        }
        JsonNode answer = JSON.readTree(bridge.request("GET", "/v1/customers", "{}", "{}"));

        assertThat(answer.get("status").asInt()).isZero();
        assertThat(answer.get("body").asText()).contains("limit");
        assertThat(sent).hasSize(ApiBridge.MAX_CALLS_PER_RUN);
    }
}
