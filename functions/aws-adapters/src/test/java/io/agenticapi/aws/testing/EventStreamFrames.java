package io.agenticapi.aws.testing;

import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes an InvokeAgent response body the way the service streams it: application/vnd.amazon.eventstream frames
 * (prelude, headers, payload, CRCs) written by the SDK's own encoder, one event per frame.
 */
public final class EventStreamFrames {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A chunk of the final answer: payload {"bytes": base64(text)}. */
    public EventStreamFrames chunk(String text) {
        String base64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return event("chunk", "{\"bytes\":\"" + base64 + "\"}");
    }

    /** A trace part; the payload is the TracePart JSON (see {@link TraceJson}). */
    public EventStreamFrames trace(String tracePartJson) {
        return event("trace", tracePartJson);
    }

    /** The agent hands control back: payload {"invocationId", "invocationInputs": [...]}. */
    public EventStreamFrames returnControl(String payloadJson) {
        return event("returnControl", payloadJson);
    }

    public EventStreamFrames event(String eventType, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return frame(headers, json);
    }

    /** A modelled error inside the stream, e.g. exceptionType "throttlingException". */
    public EventStreamFrames exception(String exceptionType, String message) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("exception"));
        headers.put(":exception-type", HeaderValue.fromString(exceptionType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return frame(headers, "{\"message\":\"" + message + "\"}");
    }

    private EventStreamFrames frame(Map<String, HeaderValue> headers, String json) {
        new Message(headers, json.getBytes(StandardCharsets.UTF_8)).encode(body);
        return this;
    }

    public byte[] bytes() {
        return body.toByteArray();
    }
}
