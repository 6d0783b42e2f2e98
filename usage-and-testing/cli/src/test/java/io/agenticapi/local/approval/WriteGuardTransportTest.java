package io.agenticapi.local.approval;

import io.agenticapi.sandbox.ApiRequest;
import io.agenticapi.sandbox.ApiResponse;
import io.agenticapi.sandbox.ApiTransport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes reach the API only while a run is approved to write; reads always do. */
class WriteGuardTransportTest {
    private final List<String> sent = new ArrayList<>();
    private final ApiTransport api = new ApiTransport() {
        @Override
        public ApiResponse send(ApiRequest request) {
            sent.add(request.method() + " " + request.path());
            return new ApiResponse(200, "{}", Map.of());
        }

        @Override
        public String baseUrl() {
            return "http://127.0.0.1:1";
        }
    };

    private static ApiRequest request(String method, String path) {
        return new ApiRequest(method, path, method.equals("POST") ? "name=x" : null, Map.of(), "sk_test_x");
    }

    @Test
    void onlyReadsPassUntilWritesAreAllowed() {
        WriteGuardTransport guard = new WriteGuardTransport(api);
        assertThat(guard.send(request("GET", "/v1/customers?limit=3")).status()).isEqualTo(200);
        ApiResponse refused = guard.send(request("POST", "/v1/customers"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"write_refused\"").contains("POST /v1/customers");
        assertThat(guard.send(request("DELETE", "/v1/customers/cus_1?expand[]=x")).body())
                .contains("DELETE /v1/customers/cus_1:");
        guard.allowWrites(true);
        assertThat(guard.send(request("POST", "/v1/customers")).status()).isEqualTo(200);
        guard.allowWrites(false);
        assertThat(guard.send(request("POST", "/v1/customers")).status()).isEqualTo(403);
        assertThat(sent).containsExactly("GET /v1/customers?limit=3", "POST /v1/customers");
        assertThat(guard.baseUrl()).isEqualTo("http://127.0.0.1:1");
    }

    @Test
    void modesMapToPolicies() {
        ApprovalRequest request = new ApprovalRequest("execute_code on x.py", List.of("stripe.Customer.create at line 4"));
        assertThat(WriteApproval.forMode("auto", false, null, null).decide(request).approved()).isTrue();
        assertThat(WriteApproval.forMode("never-write", true, null, null).decide(request).error())
                .isEqualTo(Decision.WRITE_REFUSED);
        assertThat(WriteApproval.forMode("ask", false, null, null).decide(request).error())
                .isEqualTo(Decision.APPROVAL_REQUIRED);
        assertThat(WriteApproval.forMode(null, false, null, null).decide(request).approved()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WriteApproval.forMode("yes", true, null, null))
                .hasMessageContaining("ask, auto, never-write");
    }
}
