package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTest {

    private static final String KEY = "sk_test_51AbCdEfGhIjKlMnOp+/=";
    private final SecretRedactor redactor = new SecretRedactor(List.of(KEY));

    @Test
    void masksTheSecretAndItsEncodings() {
        String basic = Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        String plain = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        String text = "key " + KEY + " url " + URLEncoder.encode(KEY, StandardCharsets.UTF_8)
                + " basic " + basic + " b64 " + plain;

        String redacted = redactor.redact(text);

        assertThat(redacted).doesNotContain(KEY, URLEncoder.encode(KEY, StandardCharsets.UTF_8), basic, plain)
                .contains("key [REDACTED]", "url [REDACTED]", "basic [REDACTED]", "b64 [REDACTED]");
    }

    @Test
    void masksAnythingShapedLikeALiveKey() {
        assertThat(SecretRedactor.none().redact("leaked sk_live_abcdefghijklmnop here"))
                .isEqualTo("leaked [REDACTED] here");
    }

    @Test
    void leavesOtherTextAndNullAlone() {
        assertThat(redactor.redact("sk_test_sandbox_placeholder")).isEqualTo("sk_test_sandbox_placeholder");
        assertThat(redactor.redact(null)).isNull();
        assertThat(new SecretRedactor(List.of("ab")).redact("abc")).isEqualTo("abc");
    }
}
