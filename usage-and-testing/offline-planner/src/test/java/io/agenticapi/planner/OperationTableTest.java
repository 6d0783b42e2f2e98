package io.agenticapi.planner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OperationTableTest {

    private static final Path STRIPE_DATA =
            Path.of(System.getProperty("repo.root", "../..")).resolve("../shared/data/stripe").normalize();

    @Test
    void committedTableIsWhatTheGeneratorDerivesFromStripesSpec() throws IOException {
        assumeTrue(Files.isRegularFile(STRIPE_DATA.resolve(OperationTableGenerator.SPEC)),
                "Stripe's spec is not beside the clone at " + STRIPE_DATA);

        String generated = OperationTableGenerator.generate(STRIPE_DATA);

        assertThat(committedTable())
                .as("operations.json is stale: run ./mvnw -pl usage-and-testing/offline-planner test-compile exec:java")
                .isEqualTo(generated);
    }

    @Test
    void tableHoldsTheOperationsTheScenariosNeed() {
        OperationTable table = OperationTable.loadDefault();

        StripeResource customer = table.resource("customer").orElseThrow();
        assertThat(customer.pythonClass()).isEqualTo("Customer");
        assertThat(customer.idPrefix()).isEqualTo("cus");
        assertThat(customer.operations()).extracting(StripeOperation::key)
                .contains("customers.create", "customers.list", "customers.retrieve", "customers.update",
                        "customers.delete", "customers.search");
        StripeOperation create = customer.operation("create", false).orElseThrow();
        assertThat(create.params()).containsEntry("name", "string").containsEntry("email", "string")
                .containsEntry("metadata", "object").doesNotContainKey("expand");

        StripeOperation paymentIntentCreate = table.resource("payment_intent").orElseThrow()
                .operation("create", false).orElseThrow();
        assertThat(paymentIntentCreate.required()).containsExactlyInAnyOrder("amount", "currency");
        assertThat(paymentIntentCreate.params()).containsEntry("amount", "integer");

        assertThat(table.resource("checkout.session").orElseThrow().pythonClass()).isEqualTo("checkout.Session");
        assertThat(table.resource("balance").orElseThrow().singleton()).isTrue();
        assertThat(table.resourceForId("pi_3MtwBwLkdIwHu7ix")).map(StripeResource::object).hasValue("payment_intent");
        assertThat(table.resourceForId("sub_sched_123")).map(StripeResource::object)
                .hasValue("subscription_schedule");
        assertThat(table.resourceForId("nope_123")).isEmpty();
    }

    @Test
    void stripesLicenseShipsBesideTheTable() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/agenticapi/planner/stripe/LICENSE")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("MIT", "Stripe, Inc.");
        }
    }

    private static String committedTable() throws IOException {
        try (InputStream in = OperationTable.class.getResourceAsStream(OperationTable.RESOURCE)) {
            assertThat(in).as("classpath resource " + OperationTable.RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
