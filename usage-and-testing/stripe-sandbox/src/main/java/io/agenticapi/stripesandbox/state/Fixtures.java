package io.agenticapi.stripesandbox.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.catalog.RouteCatalogGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Stripe's example object per resource type (stripe/openapi fixtures3.json, MIT), keyed by object name
 * ("customer", "checkout.session", "deleted_customer"). Every lookup returns a fresh deep copy.
 */
public final class Fixtures {

    private static final String RESOURCE = "/io/agenticapi/stripesandbox/" + RouteCatalogGenerator.FIXTURES_RESOURCE;

    private final ObjectNode resources;

    private Fixtures(ObjectNode resources) {
        this.resources = resources;
    }

    public static Fixtures loadDefault() {
        try (InputStream in = Fixtures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new Fixtures((ObjectNode) Json.MAPPER.readTree(in).get("resources"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ObjectNode> get(String name) {
        JsonNode node = name == null ? null : resources.get(name);
        return node instanceof ObjectNode object ? Optional.of(object.deepCopy()) : Optional.empty();
    }

    public int size() {
        return resources.size();
    }
}
