package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SettingsAndRequestTest {

    @Test
    void defaultsAreTheDocumentedLimits() {
        SandboxSettings defaults = SandboxSettings.defaults();

        assertThat(defaults.wallClock()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.cpuTime()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.maxOutputChars()).isEqualTo(20_000);
        assertThat(defaults.poolSize()).isEqualTo(2);
    }

    @Test
    void badSettingsAndRequestsAreRefusedClearly() {
        SandboxSettings defaults = SandboxSettings.defaults();
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withWallClock(Duration.ZERO))
                .withMessageContaining("wallClock");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withPoolSize(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxOutputChars(10));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExecutionRequest("github", "k", null, null))
                .withMessageContaining("unsupported api 'github'");
        assertThatIllegalArgumentException().isThrownBy(() -> ExecutionRequest.offline()
                .withWallClock(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new StripeJavaTransport("file:///etc/passwd"));
        assertThat(new ExecutionRequest(null, null, null, null).api()).isEqualTo("stripe");
    }

    @Test
    void apiRequestToStringNeverShowsTheKey() {
        ApiRequest request = new ApiRequest("GET", "/v1/customers", null, null, "sk_test_secret_123456");

        assertThat(request.toString()).doesNotContain("sk_test_secret_123456");
    }

    @Test
    void aClosedSandboxRefusesWork() {
        PythonSandbox sandbox = PythonSandbox.create(SandboxSettings.defaults().withPoolSize(0));
        sandbox.close();

        assertThatIllegalStateException().isThrownBy(() -> sandbox.analyze("x = 1")).withMessageContaining("closed");
    }
}
