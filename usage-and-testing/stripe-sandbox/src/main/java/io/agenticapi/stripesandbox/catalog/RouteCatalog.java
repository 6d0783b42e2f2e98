package io.agenticapi.stripesandbox.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every (method, path template) the API knows, with its parameters; matches concrete URLs to routes. */
public final class RouteCatalog {

    private static final String RESOURCE = "/io/agenticapi/stripesandbox/" + RouteCatalogGenerator.CATALOG_RESOURCE;

    private final Map<String, Route> byKey = new LinkedHashMap<>();
    private final Map<Integer, List<Route>> bySegmentCount = new LinkedHashMap<>();

    RouteCatalog(Collection<Route> routes) {
        for (Route route : routes) {
            byKey.put(route.key(), route);
            bySegmentCount.computeIfAbsent(route.segments().size(), n -> new ArrayList<>()).add(route);
        }
    }

    /** The committed catalog with the {@link ModernApiOverlay} applied. */
    public static RouteCatalog loadDefault() {
        return new RouteCatalog(ModernApiOverlay.apply(loadCommittedRoutes()));
    }

    /** The committed catalog exactly as generated from the spec. */
    public static List<Route> loadCommittedRoutes() {
        try (InputStream in = RouteCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Route> parse(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(in);
        List<Route> routes = new ArrayList<>();
        for (JsonNode node : root.path("routes")) {
            routes.add(mapper.treeToValue(node, Route.class));
        }
        return routes;
    }

    public Collection<Route> routes() {
        return byKey.values();
    }

    public Optional<Route> route(String method, String pathTemplate) {
        return Optional.ofNullable(byKey.get(method + " " + pathTemplate));
    }

    /**
     * The route for a concrete request. Literal segments beat placeholders, earliest first, so
     * {@code /v1/customers/search} is the search route and not a customer called "search".
     */
    public Optional<RouteMatch> match(String method, String path) {
        List<String> segments = splitPath(path);
        Route best = null;
        String bestScore = null;
        for (Route route : bySegmentCount.getOrDefault(segments.size(), List.of())) {
            if (!route.method().equals(method)) {
                continue;
            }
            String score = score(route.segments(), segments);
            if (score != null && (bestScore == null || score.compareTo(bestScore) > 0)) {
                best = route;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        List<String> template = best.segments();
        for (int i = 0; i < template.size(); i++) {
            if (Route.isPlaceholder(template.get(i))) {
                String name = template.get(i).substring(1, template.get(i).length() - 1);
                params.put(name, segments.get(i));
                values.add(segments.get(i));
            }
        }
        return Optional.of(new RouteMatch(best, params, values));
    }

    /** "1" per literal segment and "0" per placeholder, or null when the template does not fit. */
    private static String score(List<String> template, List<String> segments) {
        StringBuilder score = new StringBuilder();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (Route.isPlaceholder(t)) {
                if (segments.get(i).isEmpty()) {
                    return null;
                }
                score.append('0');
            } else if (t.equals(segments.get(i))) {
                score.append('1');
            } else {
                return null;
            }
        }
        return score.toString();
    }

    /**
     * Decoded segments of a raw (still %-encoded) path, without the leading slash:
     * {@code /v1/customers/cus_1} → v1, customers, cus_1.
     */
    static List<String> splitPath(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        for (String raw : trimmed.split("/", -1)) {
            // path segments use %-escapes only; a literal '+' stays a '+'
            segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return segments;
    }
}
