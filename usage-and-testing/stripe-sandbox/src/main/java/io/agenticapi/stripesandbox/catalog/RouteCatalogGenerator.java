package io.agenticapi.stripesandbox.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Derives the committed route catalog ({@code routes.json}) from Stripe's OpenAPI SDK spec and copies the fixtures
 * next to it.
 *
 * <p>Run: {@code java -cp ... io.agenticapi.stripesandbox.catalog.RouteCatalogGenerator <stripe-data-dir>
 * <resources-out-dir>}, e.g. {@code ../shared/data/stripe
 * usage-and-testing/stripe-sandbox/src/main/resources/io/agenticapi/stripesandbox}. RouteCatalogSourceTest proves
 * the committed files still match the source.
 */
public final class RouteCatalogGenerator {

    public static final String SPEC_FILE = "spec3.sdk.2022-05-10.yaml";
    public static final String FIXTURES_FILE = "fixtures3.2026-07-29.json";
    public static final String CATALOG_RESOURCE = "routes.json";
    public static final String FIXTURES_RESOURCE = "fixtures3.json";
    static final String SOURCE_NOTE =
            "Derived by RouteCatalogGenerator from stripe/openapi " + SPEC_FILE + " (MIT, Stripe, Inc.; see LICENSE)";
    /** Pseudo-paths the SDK spec uses to describe alternative parameter sets; they are not URLs. */
    private static final String OVERRIDE_MARKER = "x-stripeParametersOverride";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Object> spec;
    private final Map<String, Object> schemas;

    private RouteCatalogGenerator(Map<String, Object> spec) {
        this.spec = spec;
        this.schemas = map(map(spec.get("components")).get("schemas"));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RouteCatalogGenerator <stripe-data-dir> <resources-out-dir>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(CATALOG_RESOURCE), generate(dataDir.resolve(SPEC_FILE)),
                StandardCharsets.UTF_8);
        // copied as bytes: the source files are read-only and their permissions must not follow
        Files.write(outDir.resolve(FIXTURES_RESOURCE), Files.readAllBytes(dataDir.resolve(FIXTURES_FILE)));
        Files.write(outDir.resolve("LICENSE"), Files.readAllBytes(dataDir.resolve("LICENSE")));
        System.out.println("wrote " + outDir.resolve(CATALOG_RESOURCE) + " and copied fixtures + LICENSE");
    }

    /** The catalog text for a spec file: deterministic, one route per line so diffs stay readable. */
    public static String generate(Path specYaml) throws IOException {
        return generate(loadSpec(specYaml));
    }

    public static String generate(Map<String, Object> spec) throws IOException {
        return new RouteCatalogGenerator(spec).render();
    }

    /** The spec as plain maps and lists (it is larger than SnakeYAML's default 3 MB limit). */
    public static Map<String, Object> loadSpec(Path specYaml) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(1000);
        try (Reader reader = Files.newBufferedReader(specYaml, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(options)).load(reader);
        }
    }

    private String render() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Route route : routes()) {
            lines.add(MAPPER.writeValueAsString(route));
        }
        return "{\"source\":" + MAPPER.writeValueAsString(SOURCE_NOTE) + ",\n\"routes\":[\n"
                + String.join(",\n", lines) + "\n]}\n";
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, Object> pathEntry : map(spec.get("paths")).entrySet()) {
            String path = pathEntry.getKey();
            if (path.contains(OVERRIDE_MARKER)) {
                continue;
            }
            for (Map.Entry<String, Object> opEntry : map(pathEntry.getValue()).entrySet()) {
                Map<String, Object> op = map(opEntry.getValue());
                routes.add(new Route(opEntry.getKey().toUpperCase(), path, (String) op.get("operationId"),
                        responseShape(op), params(op)));
            }
        }
        return routes;
    }

    /** Query parameters and the form body merged into one closed object. */
    private ParamSpec params(Map<String, Object> op) {
        Map<String, ParamSpec> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Object p : list(op.get("parameters"))) {
            Map<String, Object> parameter = map(p);
            if ("query".equals(parameter.get("in"))) {
                String name = (String) parameter.get("name");
                properties.put(name, convert(map(parameter.get("schema"))));
                if (Boolean.TRUE.equals(parameter.get("required"))) {
                    required.add(name);
                }
            }
        }
        Map<String, Object> content = map(map(op.get("requestBody")).get("content"));
        for (Object mediaType : content.values()) {
            Map<String, Object> body = map(map(mediaType).get("schema"));
            for (Map.Entry<String, Object> e : map(body.get("properties")).entrySet()) {
                properties.put(e.getKey(), convert(map(e.getValue())));
            }
            for (Object r : list(body.get("required"))) {
                required.add((String) r);
            }
        }
        return new ParamSpec(ParamSpec.OBJECT, null, null, properties, required, null, null, null, null);
    }

    private ParamSpec convert(Map<String, Object> schema) {
        if (schema.containsKey("anyOf")) {
            List<ParamSpec> alternatives = new ArrayList<>();
            for (Object alternative : list(schema.get("anyOf"))) {
                alternatives.add(convert(map(alternative)));
            }
            return new ParamSpec(null, null, null, null, null, null, null, null, alternatives);
        }
        String type = (String) schema.get("type");
        if (type == null) {
            throw new IllegalStateException("parameter schema without type or anyOf: " + schema.keySet());
        }
        switch (type) {
            case ParamSpec.STRING -> {
                List<String> enumValues = null;
                // Stripe marks enums it does not enforce (new values may appear) with x-stripeBypassValidation.
                if (schema.containsKey("enum") && !Boolean.TRUE.equals(schema.get("x-stripeBypassValidation"))) {
                    enumValues = new ArrayList<>();
                    for (Object v : list(schema.get("enum"))) {
                        enumValues.add(String.valueOf(v));
                    }
                }
                String format = "decimal".equals(schema.get("format")) ? "decimal" : null;
                return new ParamSpec(type, enumValues, format, null, null, null, null, null, null);
            }
            case ParamSpec.OBJECT -> {
                Map<String, ParamSpec> properties = null;
                if (schema.containsKey("properties")) {
                    properties = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : map(schema.get("properties")).entrySet()) {
                        properties.put(e.getKey(), convert(map(e.getValue())));
                    }
                }
                List<String> required = new ArrayList<>();
                for (Object r : list(schema.get("required"))) {
                    required.add((String) r);
                }
                Object additional = schema.get("additionalProperties");
                ParamSpec additionalSpec = additional instanceof Map<?, ?> ? convert(map(additional)) : null;
                Boolean free = additional == null && properties == null ? Boolean.TRUE : null;
                return new ParamSpec(type, null, null, properties, required, additionalSpec, free, null, null);
            }
            case ParamSpec.ARRAY -> {
                return new ParamSpec(type, null, null, null, null, null, null, convert(map(schema.get("items"))), null);
            }
            case ParamSpec.INTEGER, ParamSpec.NUMBER, ParamSpec.BOOLEAN -> {
                return new ParamSpec(type, null, null, null, null, null, null, null, null);
            }
            default -> throw new IllegalStateException("unexpected parameter type " + type);
        }
    }

    private ResponseShape responseShape(Map<String, Object> op) {
        Map<String, Object> content = map(map(map(op.get("responses")).get("200")).get("content"));
        if (!content.containsKey("application/json")) {
            return new ResponseShape(ResponseShape.BINARY, null, null);
        }
        Map<String, Object> schema = map(map(content.get("application/json")).get("schema"));
        if (schema.containsKey("$ref") || schema.containsKey("anyOf")) {
            String name = firstRef(schema);
            Map<String, Object> component = map(schemas.get(name));
            boolean deleted = map(component.get("properties")).containsKey("deleted");
            return new ResponseShape(deleted ? ResponseShape.DELETED : ResponseShape.OBJECT, name, objectName(name));
        }
        Map<String, Object> properties = map(schema.get("properties"));
        String kind = (String) list(map(properties.get("object")).get("enum")).get(0);
        if (!ResponseShape.LIST.equals(kind) && !ResponseShape.SEARCH.equals(kind)) {
            throw new IllegalStateException("unexpected inline response object " + kind);
        }
        String item = firstRef(map(map(properties.get("data")).get("items")));
        return new ResponseShape(kind, item, objectName(item));
    }

    private String objectName(String schemaName) {
        Map<String, Object> objectProperty = map(map(map(schemas.get(schemaName)).get("properties")).get("object"));
        List<Object> values = list(objectProperty.get("enum"));
        return values.isEmpty() ? schemaName : String.valueOf(values.get(0));
    }

    private static String firstRef(Map<String, Object> schema) {
        Object ref = schema.containsKey("$ref") ? schema.get("$ref")
                : map(list(schema.get("anyOf")).get(0)).get("$ref");
        String text = String.valueOf(ref);
        return text.substring(text.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
