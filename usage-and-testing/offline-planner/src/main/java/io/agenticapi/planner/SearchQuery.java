package io.agenticapi.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Stripe Search Query Language string ({@code email:'a@b.c' AND metadata['k']:'v'}) from what the
 * request says, using only the fields Stripe lets each resource be searched by.
 */
final class SearchQuery {

    /** Search fields per resource, from Stripe's search documentation. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "customer", Set.of("email", "name", "phone", "metadata"),
            "product", Set.of("name", "active", "description", "metadata"),
            "price", Set.of("active", "currency", "product", "metadata"),
            "payment_intent", Set.of("amount", "currency", "customer", "status", "metadata"),
            "charge", Set.of("amount", "currency", "customer", "status", "metadata"),
            "subscription", Set.of("status", "metadata"),
            "invoice", Set.of("currency", "customer", "status", "subscription", "metadata"));

    private SearchQuery() {
    }

    static boolean searchable(StripeResource resource, String field) {
        return FIELDS.getOrDefault(resource.object(), Set.of()).contains(field);
    }

    /** The query clauses for this resource, empty when the request names nothing it can be searched by. */
    static List<String> clauses(StripeResource resource, RequestFacts facts, String status) {
        List<String> clauses = new ArrayList<>();
        if (searchable(resource, "email") && !facts.emails.isEmpty()) {
            clauses.add("email:" + quote(facts.emails.getFirst()));
        }
        String name = facts.name != null ? facts.name : facts.quoted;
        if (searchable(resource, "name") && name != null) {
            clauses.add("name:" + quote(name));
        }
        if (searchable(resource, "phone") && facts.phone != null) {
            clauses.add("phone:" + quote(facts.phone));
        }
        if (searchable(resource, "description") && facts.description != null) {
            clauses.add("description:" + quote(facts.description));
        }
        for (RequestFacts.FoundId id : facts.ids) {
            if (id.resource() != null && id.resource() != resource && searchable(resource, id.resource().object())) {
                clauses.add(id.resource().object() + ":" + quote(id.value()));
            }
        }
        if (searchable(resource, "amount") && facts.amount != null) {
            clauses.add("amount" + (facts.amountComparator != null ? facts.amountComparator : ":") + facts.amount);
        }
        if (searchable(resource, "currency") && facts.currency != null) {
            clauses.add("currency:" + quote(facts.currency));
        }
        if (searchable(resource, "status") && status != null) {
            clauses.add("status:" + quote(status));
        } else if (searchable(resource, "active") && facts.active != null) {
            clauses.add("active:" + quote(facts.active.toString()));
        }
        if (searchable(resource, "metadata")) {
            facts.metadata.forEach((k, v) -> clauses.add("metadata[" + quote(k) + "]:" + quote(v)));
        }
        return clauses;
    }

    /** A single-quoted query string; backslashes and quotes are escaped as Stripe's query language wants. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
