package io.agenticapi.stripesandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The committed resources still match Stripe's data in ../shared/data/stripe (skipped when it is not there):
 * the catalog regenerates identically, the fixtures and LICENSE are byte copies, and, checked independently of
 * the generator, every operation of the spec is a route with exactly the spec's parameter names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteCatalogSourceTest {

    private static final String RESOURCES = "/io/agenticapi/stripesandbox/";

    private Path dataDir;
    private Map<String, Object> spec;

    @BeforeAll
    void loadSpec() throws IOException {
        Path root = Path.of(System.getProperty("repo.root", "../.."));
        dataDir = root.resolve("../shared/data/stripe").normalize();
        assumeTrue(Files.isRegularFile(dataDir.resolve(RouteCatalogGenerator.SPEC_FILE)),
                "Stripe data not found at " + dataDir);
        spec = RouteCatalogGenerator.loadSpec(dataDir.resolve(RouteCatalogGenerator.SPEC_FILE));
    }

    @Test
    void committedCatalogIsWhatTheGeneratorMakesOfTheSpec() throws IOException {
        List<String> regenerated = RouteCatalogGenerator.generate(spec).lines().toList();
        List<String> committed = resourceText(RouteCatalogGenerator.CATALOG_RESOURCE).lines().toList();
        for (int i = 0; i < Math.min(regenerated.size(), committed.size()); i++) {
            assertThat(committed.get(i)).as("routes.json line %d differs: rerun RouteCatalogGenerator", i + 1)
                    .isEqualTo(regenerated.get(i));
        }
        assertThat(committed).hasSameSizeAs(regenerated);
    }

    @Test
    void fixturesAndLicenseAreExactCopies() throws IOException {
        assertThat(resourceBytes(RouteCatalogGenerator.FIXTURES_RESOURCE))
                .isEqualTo(Files.readAllBytes(dataDir.resolve(RouteCatalogGenerator.FIXTURES_FILE)));
        assertThat(resourceBytes("LICENSE")).isEqualTo(Files.readAllBytes(dataDir.resolve("LICENSE")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySpecOperationIsARouteWithTheSpecsParameters() {
        RouteCatalog catalog = new RouteCatalog(RouteCatalog.loadCommittedRoutes());
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (path.getKey().contains("x-stripeParametersOverride")) {
                continue;
            }
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                Set<String> names = new HashSet<>();
                Set<String> required = new HashSet<>();
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("query".equals(parameter.get("in"))) {
                        names.add((String) parameter.get("name"));
                        if (Boolean.TRUE.equals(parameter.get("required"))) {
                            required.add((String) parameter.get("name"));
                        }
                    }
                }
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation
                        .get("requestBody")).get("content");
                for (Object media : content.values()) {
                    Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) media).get("schema");
                    names.addAll(((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet());
                    required.addAll((List<String>) schema.getOrDefault("required", List.of()));
                }
                String method = op.getKey().toUpperCase();
                Route route = catalog.route(method, path.getKey()).orElseThrow(() -> new AssertionError(
                        "catalog lacks " + method + " " + path.getKey()));
                assertThat(route.params().propertiesOrEmpty().keySet()).as(route.key()).isEqualTo(names);
                assertThat(new HashSet<>(route.params().requiredOrEmpty())).as(route.key()).isEqualTo(required);
                assertThat(route.operationId()).isEqualTo(operation.get("operationId"));
            }
        }
        assertThat(catalog.routes()).hasSize(operations);
    }

    private static String resourceText(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = RouteCatalogSourceTest.class.getResourceAsStream(RESOURCES + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
