package io.agenticapi.stripesandbox.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything one server instance remembers, plus the templates new objects start from. All reads and writes of the
 * store happen inside {@link #locked}, so concurrent requests see whole operations.
 */
public final class SandboxState {

    private static final String FRESH_RESOURCE = "/io/agenticapi/stripesandbox/fresh-objects.json";

    private final ReentrantLock lock = new ReentrantLock();
    private final ObjectStore store = new ObjectStore();
    private final Fixtures fixtures;
    private final ObjectNode freshOverrides;
    private final Clock clock;

    public SandboxState(Fixtures fixtures, Clock clock) {
        this.fixtures = fixtures;
        this.freshOverrides = loadFreshOverrides();
        this.clock = clock;
    }

    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    public ObjectStore store() {
        return store;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /** Seconds since the epoch, as Stripe's {@code created}. */
    public long now() {
        return clock.instant().getEpochSecond();
    }

    /**
     * A new object of a type: Stripe's fixture with the fields a fresh object does not have reset, or a bare
     * {@code {"object": name}} when there is no fixture.
     */
    public ObjectNode template(String objectName) {
        ObjectNode object = fixtures.get(objectName).orElseGet(() -> {
            ObjectNode bare = Json.object();
            bare.put("object", objectName);
            return bare;
        });
        JsonNode overrides = freshOverrides.get(objectName);
        if (overrides != null) {
            for (Map.Entry<String, JsonNode> field : overrides.properties()) {
                object.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        if (object.has("livemode")) {
            object.put("livemode", false);
        }
        return object;
    }

    public Optional<ObjectNode> fixture(String name) {
        return fixtures.get(name);
    }

    public void reset() {
        locked(() -> {
            store.clear();
            return null;
        });
    }

    private static ObjectNode loadFreshOverrides() {
        try (InputStream in = SandboxState.class.getResourceAsStream(FRESH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + FRESH_RESOURCE);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
