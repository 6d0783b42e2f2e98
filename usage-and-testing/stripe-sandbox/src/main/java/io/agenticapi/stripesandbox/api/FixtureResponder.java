package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.catalog.ResponseShape;
import io.agenticapi.stripesandbox.catalog.Route;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import io.agenticapi.stripesandbox.state.SandboxState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers routes the sandbox keeps no state for, from Stripe's fixture of the response type: path ids and posted
 * parameters reflected, a fresh id for creations, lists of one object.
 */
public final class FixtureResponder {

    private final SandboxState state;
    private final RouteCatalog catalog;

    public FixtureResponder(SandboxState state, RouteCatalog catalog) {
        this.state = state;
        this.catalog = catalog;
    }

    public JsonNode respond(ApiRequest request) {
        Route route = request.route();
        ResponseShape shape = route.returns();
        return switch (shape.kind()) {
            case ResponseShape.LIST -> ListPage.list(List.of(object(request, shape, false)), false, request.path());
            case ResponseShape.SEARCH -> {
                ObjectNode result = ListPage.list(List.of(object(request, shape, false)), false, request.path());
                result.put("object", "search_result");
                result.putNull("next_page");
                yield result;
            }
            case ResponseShape.DELETED -> deleted(request, shape);
            default -> object(request, shape, true);
        };
    }

    private ObjectNode object(ApiRequest request, ResponseShape shape, boolean reflectParams) {
        ObjectNode object = state.fixture(shape.schema())
                .or(() -> state.fixture(shape.object()))
                .orElseGet(() -> bare(shape.object()));
        Route route = request.route();
        Map<String, String> pathParams = request.match().pathParams();
        pathParams.forEach((name, value) -> {
            if (object.has(name) && (object.get(name).isNull() || object.get(name).isTextual())) {
                object.put(name, value);
            }
        });
        String pathId = reflectParams ? idFromPath(request, shape) : null;
        boolean creates = "POST".equals(route.method()) && pathId == null;
        if (pathId != null && object.has("id")) {
            object.put("id", pathId);
        } else if (object.has("id")) {
            object.put("id", idLike(object.get("id").asText()));
        }
        if (creates && object.has("created")) {
            object.put("created", state.now());
        }
        if (object.has("livemode")) {
            object.put("livemode", false);
        }
        if (reflectParams && "POST".equals(route.method())) {
            Reflector.apply(object, request.params(), Set.of("id"));
        }
        return object;
    }

    /**
     * The path id that names the answered object: the last placeholder, when GET on the path up to it answers
     * the same type ({@code POST /v1/payouts/{payout}/cancel} answers that payout; {@code POST
     * /v1/transfers/{id}/reversals} answers a new reversal).
     */
    private String idFromPath(ApiRequest request, ResponseShape shape) {
        String path = request.route().path();
        int end = path.lastIndexOf('}');
        if (end < 0) {
            return null;
        }
        String prefix = path.substring(0, end + 1);
        boolean same = catalog.route("GET", prefix)
                .map(get -> shape.object().equals(get.returns().object()))
                .orElse(prefix.equals(path));
        return same ? request.id() : null;
    }

    private ObjectNode deleted(ApiRequest request, ResponseShape shape) {
        ObjectNode deleted = Json.object();
        deleted.put("id", request.id());
        deleted.put("object", shape.object());
        deleted.put("deleted", true);
        return deleted;
    }

    private ObjectNode bare(String objectName) {
        ObjectNode object = Json.object();
        object.put("id", Ids.id("obj_", 24));
        object.put("object", objectName);
        object.put("created", state.now());
        object.put("livemode", false);
        return object;
    }

    /** A fresh id shaped like the fixture's ({@code cus_QXg1...} → {@code cus_<random>}). */
    private static String idLike(String fixtureId) {
        int underscore = fixtureId.lastIndexOf('_');
        if (underscore < 0 || fixtureId.startsWith("obj_")) {
            return fixtureId;
        }
        return fixtureId.substring(0, underscore + 1) + Ids.random(Math.max(14, fixtureId.length() - underscore - 1));
    }
}
