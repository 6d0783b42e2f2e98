package io.agenticapi.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compact Stripe operation table derived from Stripe's SDK spec (x-stripeOperations, x-stripeResource) and
 * fixtures, committed as {@value #RESOURCE}. Regenerate it with the test-scope {@code OperationTableGenerator}.
 */
final class OperationTable {

    static final String RESOURCE = "/io/agenticapi/planner/stripe/operations.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record Document(String source, List<StripeResource> resources) {}

    private final Map<String, StripeResource> byObject;
    /** id prefixes, longest first, so {@code sub_sched} wins over {@code sub}. */
    private final List<StripeResource> byPrefixLength;

    OperationTable(List<StripeResource> resources) {
        this.byObject = resources.stream().collect(Collectors.toMap(StripeResource::object, r -> r,
                (a, b) -> { throw new IllegalArgumentException("duplicate resource " + a.object()); },
                LinkedHashMap::new));
        this.byPrefixLength = resources.stream().filter(r -> r.idPrefix() != null)
                .sorted(Comparator.comparingInt((StripeResource r) -> r.idPrefix().length()).reversed())
                .toList();
    }

    static OperationTable loadDefault() {
        try (InputStream in = OperationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new OperationTable(JSON.readValue(in, Document.class).resources());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    List<StripeResource> resources() {
        return List.copyOf(byObject.values());
    }

    Optional<StripeResource> resource(String object) {
        return Optional.ofNullable(byObject.get(object));
    }

    /** The resource whose id prefix starts this id ({@code pi_3Mx...} → payment_intent). */
    Optional<StripeResource> resourceForId(String id) {
        return byPrefixLength.stream().filter(r -> id.startsWith(r.idPrefix() + "_")
                && id.length() > r.idPrefix().length() + 1).findFirst();
    }

    /** Serialises a table: one resource header and one operation per line, so diffs stay readable. */
    static String toJson(String source, List<StripeResource> resources) {
        try {
            StringBuilder out = new StringBuilder("{\"source\":").append(JSON.writeValueAsString(source))
                    .append(",\n\"resources\":[\n");
            for (int i = 0; i < resources.size(); i++) {
                StripeResource r = resources.get(i);
                Map<String, Object> header = new LinkedHashMap<>();
                header.put("object", r.object());
                header.put("pythonClass", r.pythonClass());
                header.put("idPrefix", r.idPrefix());
                header.put("show", r.show());
                String head = JSON.writeValueAsString(header);
                out.append(head, 0, head.length() - 1).append(",\"operations\":[\n");
                for (int j = 0; j < r.operations().size(); j++) {
                    out.append("  ").append(JSON.writeValueAsString(r.operations().get(j)))
                            .append(j + 1 < r.operations().size() ? ",\n" : "\n");
                }
                out.append("]}").append(i + 1 < resources.size() ? ",\n" : "\n");
            }
            return out.append("]}\n").toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the operation table", e);
        }
    }
}
