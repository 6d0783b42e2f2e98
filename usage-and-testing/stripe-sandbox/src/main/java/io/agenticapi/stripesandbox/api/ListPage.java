package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.state.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Stripe's cursor pagination over a newest-first list: limit, starting_after, ending_before, created ranges. */
public final class ListPage {

    /** Parameters that page or shape a list rather than filter it. */
    public static final java.util.Set<String> PAGING = java.util.Set.of("limit", "starting_after", "ending_before",
            "expand", "created", "page", "query");

    private ListPage() {
    }

    public static int limit(ObjectNode params) {
        JsonNode limit = params.get("limit");
        if (limit == null || limit.isNull()) {
            return 10;
        }
        long value = limit.asLong();
        if (value < 1 || value > 100) {
            throw StripeError.invalidRequest("Invalid limit: must be between 1 and 100 (got " + value + ").", "limit");
        }
        return (int) value;
    }

    /**
     * One page of {@code newestFirst} as a list object. {@code noun} names the type in "No such ..." errors for
     * unknown cursors.
     */
    public static ObjectNode page(List<ObjectNode> newestFirst, ObjectNode params, String url, String noun) {
        int limit = limit(params);
        String after = Json.text(params, "starting_after");
        String before = Json.text(params, "ending_before");
        if (after != null && before != null) {
            throw StripeError.invalidRequest("parameters_exclusive",
                    "You may only specify one of these parameters: ending_before, starting_after.", "ending_before");
        }
        List<ObjectNode> items = newestFirst.stream().filter(createdFilter(params.get("created"))).toList();
        List<ObjectNode> page;
        boolean hasMore;
        if (after != null) {
            int index = indexOf(items, after, noun, "starting_after");
            List<ObjectNode> rest = items.subList(index + 1, items.size());
            page = rest.subList(0, Math.min(limit, rest.size()));
            hasMore = rest.size() > limit;
        } else if (before != null) {
            int index = indexOf(items, before, noun, "ending_before");
            List<ObjectNode> earlier = items.subList(0, index);
            page = earlier.subList(Math.max(0, earlier.size() - limit), earlier.size());
            hasMore = earlier.size() > limit;
        } else {
            page = items.subList(0, Math.min(limit, items.size()));
            hasMore = items.size() > limit;
        }
        return list(page, hasMore, url);
    }

    public static ObjectNode list(List<? extends JsonNode> data, boolean hasMore, String url) {
        ObjectNode list = Json.object();
        list.put("object", "list");
        ArrayNode array = list.putArray("data");
        data.forEach(item -> array.add(item.deepCopy()));
        list.put("has_more", hasMore);
        list.put("url", url);
        return list;
    }

    private static int indexOf(List<ObjectNode> items, String id, String noun, String param) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        throw StripeError.noSuch(noun, id, param);
    }

    /** {@code created=123} or {@code created[gte]=...&created[lt]=...}. */
    static Predicate<ObjectNode> createdFilter(JsonNode created) {
        if (created == null || created.isNull()) {
            return o -> true;
        }
        if (!created.isObject()) {
            long exact = created.asLong();
            return o -> o.path("created").asLong() == exact;
        }
        Predicate<ObjectNode> predicate = o -> true;
        for (Map.Entry<String, JsonNode> bound : created.properties()) {
            long limit = bound.getValue().asLong();
            Predicate<ObjectNode> next = switch (bound.getKey()) {
                case "gt" -> o -> o.path("created").asLong() > limit;
                case "gte" -> o -> o.path("created").asLong() >= limit;
                case "lt" -> o -> o.path("created").asLong() < limit;
                default -> o -> o.path("created").asLong() <= limit;
            };
            predicate = predicate.and(next);
        }
        return predicate;
    }
}
