package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.ListPage;
import io.agenticapi.stripesandbox.api.Reflector;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.api.SearchQuery;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Ids;
import io.agenticapi.stripesandbox.state.Json;
import io.agenticapi.stripesandbox.state.ObjectStore;
import io.agenticapi.stripesandbox.state.SandboxState;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A resource the sandbox keeps state for: create, retrieve, update, delete, list and search over the store, with
 * hooks for what is particular to each resource.
 */
public abstract class StoredResource {

    protected final Resources resources;
    protected final SandboxState state;
    private final String objectName;
    private final String noun;
    private final String collectionPath;
    private final String idPrefix;
    private final int idLength;
    private String itemPath;

    protected StoredResource(Resources resources, String objectName, String noun, String collectionPath,
                             String idPrefix, int idLength) {
        this.resources = resources;
        this.state = resources.state();
        this.objectName = objectName;
        this.noun = noun;
        this.collectionPath = collectionPath;
        this.idPrefix = idPrefix;
        this.idLength = idLength;
    }

    public String objectName() {
        return objectName;
    }

    public String collectionPath() {
        return collectionPath;
    }

    public String itemPath() {
        return itemPath;
    }

    public String idPrefix() {
        return idPrefix;
    }

    /** Registers the standard routes that exist in the catalog for this collection, then the custom ones. */
    public void register(RouteTable routes) {
        itemPath = routes.itemPath(collectionPath);
        if (routes.exists("POST", collectionPath)) {
            routes.on("POST", collectionPath, this::create);
        }
        if (routes.exists("GET", collectionPath)) {
            routes.on("GET", collectionPath, this::list);
        }
        if (routes.exists("GET", collectionPath + "/search")) {
            routes.on("GET", collectionPath + "/search", this::search);
        }
        routes.on("GET", itemPath, request -> load(request.id(), "id"));
        if (routes.exists("POST", itemPath)) {
            routes.on("POST", itemPath, this::update);
        }
        if (routes.exists("DELETE", itemPath)) {
            routes.on("DELETE", itemPath, this::delete);
        }
        registerCustom(routes);
    }

    protected void registerCustom(RouteTable routes) {
    }

    // ---- hooks -------------------------------------------------------------------------------------------

    /** Fills what Stripe computes at creation; runs after params were reflected, before storing. */
    protected void onCreate(ObjectNode object, ApiRequest request) {
    }

    protected void onUpdate(ObjectNode object, ApiRequest request) {
    }

    /** Throws when the object cannot be deleted. */
    protected void beforeDelete(ObjectNode object) {
    }

    /** Parameters not copied into the object as is (the hooks deal with them). */
    protected Set<String> handledParams() {
        return Set.of();
    }

    /** A list filter this resource handles itself, or null for the generic field-equals-value filter. */
    protected Predicate<ObjectNode> customFilter(String param, JsonNode value) {
        return null;
    }

    /** Objects hidden from a plain list unless asked for (e.g. canceled subscriptions). */
    protected Predicate<ObjectNode> defaultListFilter(ObjectNode params) {
        return o -> true;
    }

    // ---- operations --------------------------------------------------------------------------------------

    public ObjectNode newObject() {
        ObjectNode object = state.template(objectName);
        object.put("id", newId());
        if (object.has("created")) {
            object.put("created", state.now());
        }
        return object;
    }

    protected String newId() {
        return Ids.id(idPrefix, idLength);
    }

    public ObjectNode create(ApiRequest request) {
        ObjectNode object = newObject();
        Reflector.apply(object, request.params(), handledParams());
        onCreate(object, request);
        return store().put(object);
    }

    public ObjectNode update(ApiRequest request) {
        ObjectNode object = load(request.id(), "id");
        // a refused update changes nothing, as on Stripe: the parameters are reflected before onUpdate checks them
        ObjectNode before = object.deepCopy();
        try {
            Reflector.apply(object, request.params(), handledParams());
            onUpdate(object, request);
        } catch (RuntimeException e) {
            object.removeAll();
            object.setAll(before);
            throw e;
        }
        return object;
    }

    public JsonNode delete(ApiRequest request) {
        ObjectNode object = load(request.id(), "id");
        beforeDelete(object);
        store().remove(request.id());
        ObjectNode deleted = Json.object();
        deleted.put("id", request.id());
        deleted.put("object", objectName);
        deleted.put("deleted", true);
        return deleted;
    }

    public ObjectNode list(ApiRequest request) {
        return ListPage.page(filtered(request.params()), request.params(), collectionPath, noun);
    }

    /** Objects matching the list filters in {@code params}, newest first. */
    public List<ObjectNode> filtered(ObjectNode params) {
        Predicate<ObjectNode> predicate = defaultListFilter(params);
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            if (ListPage.PAGING.contains(param.getKey()) || param.getValue().isNull()) {
                continue;
            }
            Predicate<ObjectNode> custom = customFilter(param.getKey(), param.getValue());
            if (custom != null) {
                predicate = predicate.and(custom);
            } else if (param.getValue().isValueNode()) {
                String field = param.getKey();
                String wanted = param.getValue().asText();
                predicate = predicate.and(o -> !o.has(field) || wanted.equals(Json.refId(o, field)));
            }
        }
        return store().list(objectName).stream().filter(predicate).toList();
    }

    public ObjectNode search(ApiRequest request) {
        Set<String> fields = new HashSet<>();
        state.template(objectName).fieldNames().forEachRemaining(fields::add);
        SearchQuery query = SearchQuery.parse(request.text("query"), fields);
        List<ObjectNode> matches = store().list(objectName).stream().filter(query::matches).toList();
        int limit = ListPage.limit(request.params());
        int offset = pageOffset(request.text("page"));
        List<ObjectNode> page = matches.subList(Math.min(offset, matches.size()),
                Math.min(offset + limit, matches.size()));
        boolean hasMore = offset + limit < matches.size();
        ObjectNode result = Json.object();
        result.put("object", "search_result");
        ArrayNode data = result.putArray("data");
        page.forEach(o -> data.add(o.deepCopy()));
        result.put("has_more", hasMore);
        if (hasMore) {
            result.put("next_page", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("offset:" + (offset + limit)).getBytes(StandardCharsets.UTF_8)));
        } else {
            result.putNull("next_page");
        }
        result.put("url", collectionPath + "/search");
        return result;
    }

    private static int pageOffset(String page) {
        if (page == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(page), StandardCharsets.UTF_8);
            if (decoded.startsWith("offset:")) {
                return Integer.parseInt(decoded.substring("offset:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw StripeError.invalidRequest("Invalid page: use the next_page value of a previous search result.",
                "page");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    public ObjectNode load(String id, String param) {
        return store().get(objectName, id).orElseThrow(() -> StripeError.noSuch(noun, id, param));
    }

    public boolean exists(String id) {
        return store().get(objectName, id).isPresent();
    }

    protected ObjectStore store() {
        return state.store();
    }

    protected long now() {
        return state.now();
    }
}
