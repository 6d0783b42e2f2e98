package io.agenticapi.stripesandbox.api;

import io.agenticapi.stripesandbox.catalog.Route;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The stateful handlers, keyed by the catalog route they answer. Registering an unknown route fails fast. */
public final class RouteTable {

    private final RouteCatalog catalog;
    private final Map<String, ApiHandler> handlers = new LinkedHashMap<>();

    public RouteTable(RouteCatalog catalog) {
        this.catalog = catalog;
    }

    public void on(String method, String pathTemplate, ApiHandler handler) {
        Route route = catalog.route(method, pathTemplate).orElseThrow(() -> new IllegalStateException(
                "no route " + method + " " + pathTemplate + " in the catalog"));
        handlers.put(route.key(), handler);
    }

    /** The template of the single-object route under a collection, e.g. /v1/customers/{customer}. */
    public String itemPath(String collectionPath) {
        for (Route route : catalog.routes()) {
            String path = route.path();
            if (path.startsWith(collectionPath + "/{") && path.indexOf('/', collectionPath.length() + 1) < 0) {
                return path;
            }
        }
        throw new IllegalStateException("no item route under " + collectionPath);
    }

    public boolean exists(String method, String pathTemplate) {
        return catalog.route(method, pathTemplate).isPresent();
    }

    public Optional<ApiHandler> handler(Route route) {
        return Optional.ofNullable(handlers.get(route.key()));
    }

    public Map<String, ApiHandler> handlers() {
        return handlers;
    }
}
