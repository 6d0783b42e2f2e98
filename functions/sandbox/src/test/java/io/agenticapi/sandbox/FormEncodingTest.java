package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormEncodingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void encodesNestedParametersTheWayStripePythonDoes() throws Exception {
        String form = FormEncoding.encode(JSON.readTree("""
                {"name": "Alice Smith", "metadata": {"order": "42"}, "items": [{"price": "price_1", "quantity": 2}],
                 "expand": ["customer"], "livemode": false, "description": null, "email": ""}"""));

        assertThat(URLDecoder.decode(form, StandardCharsets.UTF_8)).isEqualTo(
                "name=Alice Smith&metadata[order]=42&items[0][price]=price_1&items[0][quantity]=2"
                        + "&expand[0]=customer&livemode=false&email=");
        assertThat(form).startsWith("name=Alice+Smith&metadata%5Border%5D=42");
    }

    @Test
    void nonObjectsEncodeToNothing() throws Exception {
        assertThat(FormEncoding.encode(null)).isEmpty();
        assertThat(FormEncoding.encode(JSON.readTree("[1,2]"))).isEmpty();
    }
}
