package io.agenticapi.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Serves one action group: routes an event by apiPath + httpMethod to a plain handler, binds its arguments by the
 * schema's declared types, and always answers with a well-formed envelope. Nothing is ever thrown to the runtime:
 * a malformed event is a 400, an unknown operation a 404/405, a failing handler a 500.
 */
public final class ActionGroupRouter {
    private static final System.Logger LOG = System.getLogger(ActionGroupRouter.class.getName());
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ActionGroupSchema schema;
    private final Map<String, ActionHandler> handlers;

    private ActionGroupRouter(ActionGroupSchema schema, Map<String, ActionHandler> handlers) {
        this.schema = schema;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder forSchema(ActionGroupSchema schema) {
        return new Builder(schema);
    }

    public ActionGroupSchema schema() {
        return schema;
    }

    /** The raw-JSON entry point used by the Lambda stream handler and by the local runtime. */
    public String handleJson(String eventJson) {
        ActionGroupEvent event;
        try {
            if (eventJson == null || eventJson.isBlank()) {
                return toJson(error(null, 400, "bad_request", "empty event: expected a Bedrock action-group event"));
            }
            event = JSON.readValue(eventJson, ActionGroupEvent.class);
        } catch (JsonProcessingException e) {
            return toJson(error(echoFrom(eventJson), 400, "bad_request",
                    "malformed event: not a Bedrock action-group event (" + e.getOriginalMessage() + ")"));
        }
        return toJson(handle(event));
    }

    /** The Lambda stream-handler entry point: the raw event in, the envelope out. */
    public void handleStream(java.io.InputStream in, java.io.OutputStream out) throws java.io.IOException {
        String event = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        out.write(handleJson(event).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    public ActionGroupResponse handle(ActionGroupEvent event) {
        long started = System.nanoTime();
        ActionGroupResponse response = dispatch(event);
        LOG.log(System.Logger.Level.INFO, "{0} {1} {2} -> {3} in {4} ms", schema.name(), event.httpMethod(),
                event.apiPath(), response.statusCode(), (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    private ActionGroupResponse dispatch(ActionGroupEvent event) {
        if (event.messageVersion() != null && !ActionGroupEvent.MESSAGE_VERSION.equals(event.messageVersion())) {
            return error(event, 400, "bad_request", "unsupported messageVersion '" + event.messageVersion()
                    + "': only 1.0 is supported");
        }
        if (event.apiPath() == null || event.httpMethod() == null) {
            return error(event, 400, "bad_request",
                    "event has no apiPath/httpMethod: this action group is defined by an OpenAPI schema "
                            + "(function-details events are not supported)");
        }
        ActionGroupSchema.Operation operation = schema.find(event.apiPath(), event.httpMethod()).orElse(null);
        if (operation == null) {
            if (schema.hasPath(event.apiPath())) {
                return error(event, 405, "method_not_allowed", event.httpMethod() + " is not allowed on "
                        + event.apiPath() + "; allowed: " + allowedMethods(event.apiPath()));
            }
            return error(event, 404, "unknown_operation", "no operation " + event.httpMethod() + " "
                    + event.apiPath() + " in action group " + schema.name() + "; known: " + knownOperations());
        }
        try {
            Arguments arguments = ArgumentBinder.bind(operation, event);
            ActionHandler.Invocation invocation = new ActionHandler.Invocation(event.actionGroup(),
                    operation.operationId(), event.sessionId(), event.inputText(), event.agent(),
                    event.sessionAttributes());
            ActionResult result = handlers.get(operation.operationId()).handle(arguments, invocation);
            if (result == null) {
                return error(event, 500, "internal_error", operation.operationId() + " returned no result");
            }
            return envelope(event, result.status(), toJson(result.body()),
                    result.sessionAttributes() != null ? result.sessionAttributes() : event.sessionAttributes());
        } catch (ActionException e) {
            return error(event, e.status(), e.error(), e.getMessage());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "handler " + operation.operationId() + " failed", e);
            return error(event, 500, "internal_error", operation.operationId() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** An error envelope: status and {error, message} as the body. */
    public static ActionGroupResponse error(ActionGroupEvent event, int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return envelope(event, status, toJson(body), event == null ? null : event.sessionAttributes());
    }

    public static ActionGroupResponse envelope(ActionGroupEvent event, int status, String body,
                                               Map<String, String> sessionAttributes) {
        ActionGroupResponse.Response response = new ActionGroupResponse.Response(
                event == null ? null : event.actionGroup(),
                event == null ? null : event.apiPath(),
                event == null ? null : event.httpMethod(),
                status,
                Map.of(ActionGroupEvent.JSON, new ActionGroupResponse.Body(body)));
        return new ActionGroupResponse(ActionGroupEvent.MESSAGE_VERSION, response,
                sessionAttributes == null ? Map.of() : sessionAttributes,
                event == null || event.promptSessionAttributes() == null ? Map.of() : event.promptSessionAttributes());
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /** Best effort: echo what a malformed event still tells (so Bedrock can match the answer). */
    private static ActionGroupEvent echoFrom(String eventJson) {
        try {
            JsonNode node = JSON.readTree(eventJson);
            if (node == null || !node.isObject()) {
                return null;
            }
            return new ActionGroupEvent(null, null, null, null, text(node, "actionGroup"), text(node, "apiPath"),
                    text(node, "httpMethod"), null, null, null, null);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private String allowedMethods(String path) {
        Set<String> methods = new TreeSet<>();
        schema.operations().stream().filter(op -> op.path().equals(path)).forEach(op -> methods.add(op.method()));
        return String.join(", ", methods);
    }

    private String knownOperations() {
        Set<String> ops = new TreeSet<>();
        schema.operations().forEach(op -> ops.add(op.method() + " " + op.path()));
        return String.join(", ", ops);
    }

    public static final class Builder {
        private final ActionGroupSchema schema;
        private final Map<String, ActionHandler> handlers = new LinkedHashMap<>();

        private Builder(ActionGroupSchema schema) {
            this.schema = schema;
        }

        /** Serves the schema operation with this operationId. */
        public Builder on(String operationId, ActionHandler handler) {
            if (schema.byOperationId(operationId).isEmpty()) {
                throw new IllegalStateException("schema " + schema.name() + " has no operation " + operationId);
            }
            handlers.put(operationId, handler);
            return this;
        }

        /** Every schema operation must be served: a schema/code mismatch fails at start-up, not at call time. */
        public ActionGroupRouter build() {
            for (ActionGroupSchema.Operation op : schema.operations()) {
                if (!handlers.containsKey(op.operationId())) {
                    throw new IllegalStateException("schema " + schema.name() + " operation " + op.operationId()
                            + " has no handler");
                }
            }
            return new ActionGroupRouter(schema, handlers);
        }
    }
}
