package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.sandbox.tools.StripeOperationsTableGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StripeOperationsTableTest {

    private static final String COMMITTED = GuestSources.read("stripe/stripe-operations.json");

    @Test
    void committedTableMatchesStripesSpec() throws Exception {
        Path spec = Path.of(System.getProperty("repo.root", "../.."))
                .resolve("../shared/data/stripe/" + StripeOperationsTableGenerator.SPEC_FILE).normalize();
        assumeTrue(Files.isRegularFile(spec), "Stripe's spec is not beside the repository: " + spec);

        assertThat(StripeOperationsTableGenerator.generate(spec))
                .as("regenerate with StripeOperationsTableGenerator").isEqualTo(COMMITTED);
    }

    @Test
    void tableHoldsTheResourcesGeneratedCodeUses() throws Exception {
        JsonNode table = new ObjectMapper().readTree(COMMITTED);

        assertThat(operations(table, "customer")).contains("class create post /v1/customers",
                "class retrieve get /v1/customers/{customer}", "instance update post /v1/customers/{customer}",
                "instance delete delete /v1/customers/{customer}", "class list get /v1/customers",
                "class search get /v1/customers/search", "class create_tax_id post /v1/customers/{customer}/tax_ids");
        assertThat(operations(table, "payment_intent")).contains(
                "instance confirm post /v1/payment_intents/{intent}/confirm",
                "instance capture post /v1/payment_intents/{intent}/capture",
                "instance cancel post /v1/payment_intents/{intent}/cancel");
        assertThat(operations(table, "checkout.session")).contains("class create post /v1/checkout/sessions");
        assertThat(table.get("resources")).anySatisfy(r -> {
            assertThat(r.get("object").asText()).isEqualTo("checkout.session");
            assertThat(r.get("namespace").asText()).isEqualTo("checkout");
            assertThat(r.get("class").asText()).isEqualTo("Session");
        });
        assertThat(table.get("services")).anySatisfy(s -> {
            assertThat(s.get("service").asText()).isEqualTo("checkout.sessions");
            assertThat(s.get("method").asText()).isEqualTo("create");
        });
        assertThat(Files.exists(Path.of("src/main/resources/io/agenticapi/sandbox/stripe/LICENSE"))).isTrue();
    }

    private static List<String> operations(JsonNode table, String object) {
        List<String> ops = new ArrayList<>();
        for (JsonNode resource : table.get("resources")) {
            if (resource.get("object").asText().equals(object)) {
                resource.get("operations").forEach(op -> ops.add(op.get("on").asText() + " "
                        + op.get("name").asText() + " " + op.get("http").asText() + " " + op.get("path").asText()));
            }
        }
        return ops;
    }
}
