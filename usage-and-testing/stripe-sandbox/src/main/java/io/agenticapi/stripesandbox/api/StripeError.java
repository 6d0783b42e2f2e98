package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.state.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered in Stripe's shape: {@code {"error": {"type", "code", "message", "param", "decline_code",
 * "doc_url", ...}}} with Stripe's HTTP status.
 */
public final class StripeError extends RuntimeException {

    public static final String INVALID_REQUEST = "invalid_request_error";
    public static final String CARD_ERROR = "card_error";
    public static final String IDEMPOTENCY_ERROR = "idempotency_error";
    public static final String API_ERROR = "api_error";

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final String declineCode;
    private final Map<String, JsonNode> extra = new LinkedHashMap<>();

    public StripeError(int status, String type, String code, String message, String param, String declineCode) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.declineCode = declineCode;
    }

    public static StripeError invalidRequest(String message, String param) {
        return new StripeError(400, INVALID_REQUEST, null, message, param, null);
    }

    public static StripeError invalidRequest(String code, String message, String param) {
        return new StripeError(400, INVALID_REQUEST, code, message, param, null);
    }

    public static StripeError parameterUnknown(String param) {
        return new StripeError(400, INVALID_REQUEST, "parameter_unknown", "Received unknown parameter: " + param,
                param, null);
    }

    public static StripeError parameterMissing(String param) {
        return new StripeError(400, INVALID_REQUEST, "parameter_missing", "Missing required param: " + param + ".",
                param, null);
    }

    public static StripeError parameterInvalid(String param, String message) {
        return new StripeError(400, INVALID_REQUEST, "parameter_invalid_value", message, param, null);
    }

    /** 404 for an id that does not exist: "No such customer: 'cus_x'". */
    public static StripeError noSuch(String noun, String id, String param) {
        return new StripeError(404, INVALID_REQUEST, "resource_missing", "No such " + noun + ": '" + id + "'",
                param, null);
    }

    public static StripeError unexpectedState(String code, String message) {
        return new StripeError(400, INVALID_REQUEST, code, message, null, null);
    }

    public static StripeError authentication(String message) {
        return new StripeError(401, INVALID_REQUEST, null, message, null, null);
    }

    public static StripeError card(String code, String declineCode, String message, String param) {
        return new StripeError(402, CARD_ERROR, code, message, param, declineCode);
    }

    public static StripeError unrecognizedUrl(String method, String path) {
        return new StripeError(404, INVALID_REQUEST, null, "Unrecognized request URL (" + method + ": " + path
                + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.", null, null);
    }

    /** Adds a field next to message (e.g. payment_intent, charge, payment_method on card errors). */
    public StripeError with(String field, JsonNode value) {
        extra.put(field, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    public String declineCode() {
        return declineCode;
    }

    /** The error object as Stripe embeds it (in the response and in last_payment_error). */
    public ObjectNode errorObject() {
        ObjectNode error = Json.MAPPER.createObjectNode();
        if (code != null) {
            error.put("code", code);
        }
        if (declineCode != null) {
            error.put("decline_code", declineCode);
        }
        if (code != null) {
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        extra.forEach(error::set);
        error.put("type", type);
        return error;
    }

    public ObjectNode body() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("error", errorObject());
        return body;
    }
}
