package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.catalog.ResponseShape;
import io.agenticapi.stripesandbox.catalog.Route;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import io.agenticapi.stripesandbox.catalog.RouteMatch;
import io.agenticapi.stripesandbox.resources.Resources;
import io.agenticapi.stripesandbox.resources.StoredResource;
import io.agenticapi.stripesandbox.state.SandboxState;
import java.util.List;
import java.util.Optional;

/**
 * The API behind the HTTP layer: routes a validated request to a stateful handler or to the fixture responder,
 * checks that parent objects in the path exist, applies {@code expand[]}. Each call runs under the state lock
 * and answers a copy, so callers can serialize it freely.
 */
public final class SandboxApi {

    private final RouteCatalog catalog;
    private final SandboxState state;
    private final Resources resources;
    private final RouteTable routes;
    private final FixtureResponder fixtures;
    private final Expander expander;

    public SandboxApi(RouteCatalog catalog, SandboxState state) {
        this.catalog = catalog;
        this.state = state;
        this.resources = new Resources(state);
        this.routes = new RouteTable(catalog);
        this.resources.register(routes);
        this.fixtures = new FixtureResponder(state, catalog);
        this.expander = new Expander(resources::resolve, resources::includable);
    }

    public RouteCatalog catalog() {
        return catalog;
    }

    public RouteTable routes() {
        return routes;
    }

    public Optional<RouteMatch> match(String method, String rawPath) {
        return catalog.match(method, rawPath);
    }

    public JsonNode handle(ApiRequest request) {
        return state.locked(() -> {
            JsonNode answer = routes.handler(request.route())
                    .map(handler -> handler.handle(request))
                    .orElseGet(() -> stateless(request));
            JsonNode copy = answer.deepCopy();
            expander.expand(copy, request.params().get("expand"));
            return copy;
        });
    }

    /** Routes without a handler: 404 when a stateful parent in the path is unknown, else the fixture answer. */
    private JsonNode stateless(ApiRequest request) {
        Route route = request.route();
        for (StoredResource resource : resources.all()) {
            String itemPath = resource.itemPath();
            if (!route.path().startsWith(itemPath + "/")) {
                continue;
            }
            int index = placeholderIndex(route, itemPath);
            String parentId = request.match().pathValues().get(index);
            ObjectNode parent = resource.load(parentId, route.pathParameterNames().get(index));
            boolean answersParent = ResponseShape.OBJECT.equals(route.returns().kind())
                    && resource.objectName().equals(route.returns().object());
            if (answersParent) {
                // an action the sandbox does not simulate: acknowledge it with the object unchanged
                return parent;
            }
        }
        return fixtures.respond(request);
    }

    private static int placeholderIndex(Route route, String itemPath) {
        List<String> names = route.pathParameterNames();
        long placeholdersInItemPath = itemPath.chars().filter(c -> c == '{').count();
        return Math.min(names.size(), (int) placeholdersInItemPath) - 1;
    }

    public void reset() {
        state.reset();
    }
}
