package io.agenticapi.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.services.ports.CodeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The JSON sidecar beside each stored script: the audit trail of what was asked, how it was checked and what
 * running it did. Each stage adds its section; the versioned bucket (or the folder) keeps the latest.
 */
public final class Sidecars {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final CodeStore store;

    public Sidecars(CodeStore store) {
        this.store = store;
    }

    public ObjectNode read(String codeKey) {
        return store.get(CodeKeys.sidecarOf(codeKey))
                .map(bytes -> {
                    try {
                        return (ObjectNode) JSON.readTree(bytes);
                    } catch (IOException | ClassCastException e) {
                        // a damaged sidecar must not stop the run; start a fresh one and say so inside it
                        ObjectNode fresh = JSON.createObjectNode();
                        fresh.put("note", "previous sidecar was unreadable and was replaced");
                        return fresh;
                    }
                })
                .orElseGet(JSON::createObjectNode);
    }

    public void write(String codeKey, ObjectNode sidecar) {
        try {
            store.put(CodeKeys.sidecarOf(codeKey), JSON.writeValueAsBytes(sidecar), "application/json");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one top-level section (validation, execution...) with its time. */
    public void record(String codeKey, String section, Object value, Instant at) {
        ObjectNode sidecar = read(codeKey);
        ObjectNode node = JSON.valueToTree(value);
        node.put("at", at.toString());
        sidecar.set(section, node);
        write(codeKey, sidecar);
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
