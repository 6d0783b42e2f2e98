package io.agenticapi.stripesandbox.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects the sandbox keeps, by id (ids are unique across types). Not synchronized itself: the server runs
 * every stateful request under one lock ({@link SandboxState#locked}).
 */
public final class ObjectStore {

    private record Entry(String type, long sequence, ObjectNode object) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, JsonNode> sideData = new HashMap<>();
    private long sequence;

    /** Data that belongs to an object but is not one of its fields (e.g. a Checkout Session's line items). */
    public void putSide(String key, JsonNode value) {
        sideData.put(key, value);
    }

    public Optional<JsonNode> side(String key) {
        return Optional.ofNullable(sideData.get(key));
    }

    /** Stores a new object or replaces the stored one with the same id (keeping its place in lists). */
    public ObjectNode put(ObjectNode object) {
        String id = object.get("id").asText();
        String type = object.get("object").asText();
        Entry existing = byId.get(id);
        byId.put(id, new Entry(type, existing != null ? existing.sequence() : ++sequence, object));
        return object;
    }

    public Optional<ObjectNode> get(String type, String id) {
        Entry entry = id == null ? null : byId.get(id);
        return entry != null && entry.type().equals(type) ? Optional.of(entry.object()) : Optional.empty();
    }

    public Optional<ObjectNode> find(String id) {
        Entry entry = id == null ? null : byId.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.object());
    }

    /** Objects of a type, newest first (by created, then by creation order). */
    public List<ObjectNode> list(String type) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : byId.values()) {
            if (entry.type().equals(type)) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingLong((Entry e) -> e.object().path("created").asLong())
                .thenComparingLong(Entry::sequence).reversed());
        return entries.stream().map(Entry::object).toList();
    }

    public boolean remove(String id) {
        return byId.remove(id) != null;
    }

    public void clear() {
        byId.clear();
        sideData.clear();
    }
}
