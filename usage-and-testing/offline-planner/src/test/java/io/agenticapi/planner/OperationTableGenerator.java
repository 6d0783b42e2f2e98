package io.agenticapi.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives the planner's operation table from Stripe's SDK spec and fixtures (stripe/openapi, MIT).
 * <p>
 * In this spec the SDK metadata sits on the object schemas: {@code x-stripeOperations} lists each operation
 * (method_name, method_on, method_type, operation, path) and {@code x-stripeResource} names the class. The path
 * entry adds the description and the parameters. Only operations stripe-python offers on the class itself are
 * kept: top-level collections, {@code /{id}} and {@code /{id}/action}; nested collections and test helpers of
 * other resources are left out. Id prefixes come from the fixtures' example ids.
 * <p>
 * Run: {@code ./mvnw -pl usage-and-testing/offline-planner test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.agenticapi.planner.OperationTableGenerator -Dexec.args="<stripe data dir> <output json>"}
 */
public final class OperationTableGenerator {

    static final String SPEC = "spec3.sdk.2022-05-10.yaml";
    static final String FIXTURES = "fixtures3.2026-07-29.json";
    static final String SOURCE = "stripe/openapi " + SPEC + " (x-stripeOperations, x-stripeResource, paths) and "
            + FIXTURES + " (id prefixes); MIT, Stripe, Inc. - see LICENSE";

    /** Fields a user wants to see after a call, in the order they are printed; only scalars the object has. */
    private static final List<String> SHOW_CANDIDATES = List.of("id", "name", "email", "phone", "description",
            "amount", "amount_off", "percent_off", "unit_amount", "amount_due", "amount_paid", "amount_received",
            "amount_refunded", "amount_total", "currency", "duration", "type", "status", "payment_status", "active",
            "mode", "url", "customer", "product", "payment_intent", "charge", "deleted");
    private static final Set<String> SCALARS = Set.of("string", "integer", "boolean", "number");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)`])\\.(\\s|$)");

    private OperationTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OperationTableGenerator <stripe data dir> <output operations.json>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.writeString(out, generate(Path.of(args[0])), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /** The table as committed, derived from the spec and fixtures in {@code stripeDataDir}. */
    static String generate(Path stripeDataDir) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024); // the spec is ~4 MB, over SnakeYAML's 3 MB default
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        JsonNode spec = yaml.readTree(stripeDataDir.resolve(SPEC).toFile());
        JsonNode fixtures = new ObjectMapper().readTree(stripeDataDir.resolve(FIXTURES).toFile()).path("resources");
        List<StripeResource> resources = resources(spec);
        Map<String, String> prefixes = idPrefixes(fixtures, resources.stream().map(StripeResource::object).toList());
        return OperationTable.toJson(SOURCE, resources.stream().map(r -> new StripeResource(r.object(),
                r.pythonClass(), prefixes.get(r.object()), r.show(), r.operations())).toList());
    }

    /** The resources with class-level operations, without id prefixes yet. */
    private static List<StripeResource> resources(JsonNode spec) {
        JsonNode paths = spec.path("paths");
        List<StripeResource> resources = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : spec.path("components").path("schemas").properties()) {
            JsonNode schema = entry.getValue();
            JsonNode resource = schema.path("x-stripeResource");
            // polymorphic groups (external_account, payment_source) have no package: no class of their own
            if (!schema.has("x-stripeOperations") || !resource.path("in_package").isTextual()) {
                continue;
            }
            List<StripeOperation> operations = operations(entry.getKey(), schema.path("x-stripeOperations"), paths);
            if (operations.isEmpty()) {
                continue;
            }
            resources.add(new StripeResource(entry.getKey(), pythonClass(resource), null,
                    show(schema.path("properties")), operations));
        }
        return resources;
    }

    private static String pythonClass(JsonNode resource) {
        String pkg = resource.path("in_package").asText();
        String className = resource.path("class_name").asText();
        return pkg.isEmpty() ? className : snake(pkg) + "." + className;
    }

    private static List<StripeOperation> operations(String object, JsonNode sdkOperations, JsonNode paths) {
        String collection = null;
        for (JsonNode op : sdkOperations) {
            String type = op.path("method_type").asText();
            if ((type.equals("list") || type.equals("create")) && !op.path("path").asText().contains("{")) {
                collection = op.path("path").asText();
                break;
            }
        }
        Map<String, StripeOperation> byKey = new LinkedHashMap<>();
        for (JsonNode op : sdkOperations) {
            String path = op.path("path").asText();
            String on = op.path("method_on").asText();
            if (on.equals("service") || !classLevel(object, path, op.path("method_type").asText())) {
                continue;
            }
            String http = op.path("operation").asText();
            JsonNode pathOperation = paths.path(path).path(http);
            if (pathOperation.isMissingNode()) {
                throw new IllegalStateException("x-stripeOperations of " + object + " names a missing path " + http
                        + " " + path);
            }
            String method = snake(op.path("method_name").asText());
            String key = service(path, method, collection) + "." + method;
            byKey.putIfAbsent(key, new StripeOperation(key, method, op.path("method_type").asText(), http, path,
                    path.contains("{"), description(pathOperation), params(pathOperation), required(pathOperation)));
        }
        return List.copyOf(byKey.values());
    }

    /** A collection, {@code collection/{id}}, or a custom action {@code collection/{id}/action}. */
    private static boolean classLevel(String object, String path, String type) {
        if (path.startsWith("/v1/test_helpers/") && !object.startsWith("test_helpers.")) {
            return false;
        }
        String[] segments = path.substring("/v1/".length()).split("/");
        int variables = 0;
        int firstVariable = -1;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                variables++;
                firstVariable = firstVariable < 0 ? i : firstVariable;
            }
        }
        if (variables == 0) {
            return true;
        }
        if (variables > 1) {
            return false;
        }
        int after = segments.length - 1 - firstVariable;
        return after == 0 || (after == 1 && type.equals("custom"));
    }

    /** {@code /v1/checkout/sessions/{session}/expire} → checkout.sessions; {@code /v1/customers/search} → customers. */
    private static String service(String path, String method, String collection) {
        String base = path.contains("{") ? path.substring(0, path.indexOf("/{")) : path;
        if (!path.contains("{") && collection != null && base.startsWith(collection + "/")) {
            base = collection;
        }
        return base.substring("/v1/".length()).replace('/', '.');
    }

    private static String description(JsonNode pathOperation) {
        String text = TAGS.matcher(pathOperation.path("description").asText()).replaceAll("")
                .replaceAll("\\s+", " ").trim();
        var end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static Map<String, String> params(JsonNode pathOperation) {
        Map<String, String> params = new LinkedHashMap<>();
        for (JsonNode parameter : pathOperation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                params.put(parameter.path("name").asText(), type(parameter.path("schema")));
            }
        }
        formSchema(pathOperation).path("properties").properties()
                .forEach(p -> params.put(p.getKey(), type(p.getValue())));
        // the planner never expands nor pages by hand (auto_paging_iter does)
        params.keySet().removeAll(Set.of("expand", "starting_after", "ending_before", "page"));
        return params;
    }

    private static List<String> required(JsonNode pathOperation) {
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode parameter : pathOperation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                required.add(parameter.path("name").asText());
            }
        }
        formSchema(pathOperation).path("required").forEach(r -> required.add(r.asText()));
        return List.copyOf(required);
    }

    private static JsonNode formSchema(JsonNode pathOperation) {
        return pathOperation.path("requestBody").path("content").path("application/x-www-form-urlencoded")
                .path("schema");
    }

    /** The JSON type of a parameter; for anyOf, the first alternative that is not the empty-string "unset". */
    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
        }
        if (schema.has("$ref")) {
            return "object";
        }
        for (JsonNode alternative : schema.path("anyOf")) {
            boolean unset = alternative.path("enum").size() == 1 && alternative.path("enum").get(0).asText().isEmpty();
            if (!unset) {
                return type(alternative);
            }
        }
        return "string";
    }

    private static List<String> show(JsonNode properties) {
        List<String> show = new ArrayList<>();
        for (String field : SHOW_CANDIDATES) {
            JsonNode property = properties.path(field);
            if (!property.isMissingNode() && scalar(property)) {
                show.add(field);
            }
        }
        return show;
    }

    /** A scalar, or an expandable reference that is an id string unless expanded. */
    private static boolean scalar(JsonNode property) {
        if (property.has("type")) {
            return SCALARS.contains(property.path("type").asText());
        }
        for (JsonNode alternative : property.path("anyOf")) {
            if (SCALARS.contains(alternative.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Id prefixes of the given objects from the fixtures' example ids ({@code cus_QXg1...} → cus; {@code
     * cs_test_a1...} → cs). A prefix shared by several objects (plan and price both use price_) stays only with
     * the object of that name.
     */
    private static Map<String, String> idPrefixes(JsonNode fixtures, List<String> known) {
        Pattern idShape = Pattern.compile("[a-z]+(?:_[a-z]+)*_[A-Za-z0-9]*[0-9A-Z][A-Za-z0-9]*");
        Map<String, List<String>> objectsByPrefix = new HashMap<>();
        fixtures.properties().forEach(f -> {
            String id = f.getValue().path("id").asText("");
            if (!known.contains(f.getKey()) || !idShape.matcher(id).matches() || id.startsWith("obj_")) {
                return;
            }
            String prefix = id.substring(0, id.lastIndexOf('_')).replaceAll("_(test|live)$", "");
            objectsByPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(f.getKey());
        });
        Map<String, String> prefixByObject = new HashMap<>();
        objectsByPrefix.forEach((prefix, objects) -> {
            if (objects.size() == 1) {
                prefixByObject.put(objects.get(0), prefix);
            } else if (objects.contains(prefix)) {
                prefixByObject.put(prefix, prefix);
            }
        });
        return prefixByObject;
    }

    /** BillingPortal → billing_portal; upcomingLines → upcoming_lines. */
    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
