package io.agenticapi.services;

import io.agenticapi.contract.ActionException;
import io.agenticapi.services.local.EnvSecretSource;
import io.agenticapi.services.local.LocalFolderCodeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeKeysAndLocalAdaptersTest {
    @TempDir
    Path dir;

    @Test
    void keysFollowTheAuditTrailLayout() {
        String key = CodeKeys.newKey("stripe", Instant.parse("2026-12-03T14:05:06.789Z"));
        assertThat(key).matches("generated/stripe/2026/12/03/20261203T140506789Z-[0-9a-f]{8}\\.py");
        assertThat(CodeKeys.requireValid(key)).isEqualTo(key);
        assertThat(CodeKeys.sidecarOf(key)).endsWith("-" + key.substring(key.length() - 11, key.length() - 3) + ".json");
    }

    @Test
    void keysFromOutsideMustBeOursExactly() {
        for (String bad : new String[]{"generated/../../etc/passwd", "/etc/passwd", "generated/stripe/x.py",
                "generated/stripe/2026/12/03/20261203T140506789Z-abcdefgh.py",
                "other/stripe/2026/12/03/20261203T140506789Z-0123abcd.py",
                "generated/stripe/2026/12/03/20261203T140506789Z-0123abcd.json"}) {
            assertThatThrownBy(() -> CodeKeys.requireValid(bad)).as(bad).isInstanceOf(ActionException.class)
                    .hasMessageContaining("code_key");
        }
    }

    @Test
    void apiNamesAreNormalizedOrRefused() {
        assertThat(CodeKeys.api(null)).isEqualTo("stripe");
        assertThat(CodeKeys.api(" Stripe ")).isEqualTo("stripe");
        assertThatThrownBy(() -> CodeKeys.api("../x")).isInstanceOf(ActionException.class);
        assertThatThrownBy(() -> CodeKeys.api("a b")).isInstanceOf(ActionException.class);
    }

    @Test
    void localFolderStoreRoundTripsAndStaysInsideItsRoot() {
        LocalFolderCodeStore store = new LocalFolderCodeStore(dir);
        store.put("generated/stripe/a.py", "print(1)".getBytes(StandardCharsets.UTF_8), "text/x-python");
        assertThat(store.get("generated/stripe/a.py")).hasValueSatisfying(
                b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("print(1)"));
        store.put("generated/stripe/a.py", "print(2)".getBytes(StandardCharsets.UTF_8), "text/x-python");
        assertThat(new String(store.get("generated/stripe/a.py").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("print(2)");
        assertThat(store.get("generated/none.py")).isEmpty();
        assertThatThrownBy(() -> store.put("../escape.py", new byte[0], "x")).hasMessageContaining("escapes");
        assertThatThrownBy(() -> store.get("/etc/passwd")).hasMessageContaining("escapes");
        assertThat(store.location()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    }

    @Test
    void envSecretSourceReadsTheVariableOrItsFile() throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "sk_test_fromfile\n");
        assertThat(new EnvSecretSource(Map.of("STRIPE_API_KEY", "sk_test_env")).apiKey("stripe"))
                .contains("sk_test_env");
        assertThat(new EnvSecretSource(Map.of("STRIPE_API_KEY_FILE", file.toString())).apiKey("stripe"))
                .contains("sk_test_fromfile");
        assertThat(new EnvSecretSource(Map.of("STRIPE_API_KEY", "  ")).apiKey("stripe")).isEmpty();
        assertThat(EnvSecretSource.of("stripe", "sk_test_1").apiKey("stripe")).contains("sk_test_1");
        assertThat(EnvSecretSource.of("stripe", "sk_test_1").apiKey("github")).isEmpty();
    }
}
