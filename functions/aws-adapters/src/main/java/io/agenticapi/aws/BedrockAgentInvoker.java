package io.agenticapi.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.BedrockAgentRuntimeException;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentRequest;
import software.amazon.awssdk.services.bedrockagentruntime.model.InvokeAgentResponseHandler;
import software.amazon.awssdk.services.bedrockagentruntime.model.ReturnControlPayload;
import software.amazon.awssdk.services.bedrockagentruntime.model.SessionState;
import software.amazon.awssdk.services.bedrockagentruntime.model.ThrottlingException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockagentruntime.model.TracePart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Asks a deployed Bedrock agent (through its alias) and collects its streamed answer and traces. InvokeAgent only
 * exists on the async client; the call is joined because an action-group Lambda must answer synchronously.
 *
 * <p>A throttled call is retried with backoff, but only while the agent has not started an action yet: a retry
 * re-runs the whole request, and running generated code twice could create things twice.
 */
public final class BedrockAgentInvoker implements AgentInvoker {
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-zA-Z._:-]{2,100}");

    /** How a throttled call is retried: up to maxAttempts calls, waiting firstDelay, then twice as long each time. */
    public record Retry(int maxAttempts, Duration firstDelay) {
        /** Four calls, waiting 1, 2 and 4 seconds between them. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofSeconds(1));

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            Objects.requireNonNull(firstDelay, "firstDelay");
        }

        /** The wait after the given failed attempt (1-based). */
        public Duration delayAfter(int attempt) {
            return firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        }
    }

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration);

        void sleep(Duration duration) throws InterruptedException;
    }

    /** Sees the call as it happens: each trace part when it arrives, each retry before its wait. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void onTrace(JsonNode part) {
        }

        default void onRetry(int failedAttempt, Duration wait, String reason) {
        }
    }

    private final BedrockAgentRuntimeAsyncClient client;
    private final String agentId;
    private final String aliasId;
    private final Retry retry;
    private final Sleeper sleeper;
    private final Listener listener;

    public BedrockAgentInvoker(BedrockAgentRuntimeAsyncClient client, String agentId, String aliasId) {
        this(client, agentId, aliasId, Retry.DEFAULT, Sleeper.REAL, Listener.NONE);
    }

    public BedrockAgentInvoker(BedrockAgentRuntimeAsyncClient client, String agentId, String aliasId, Retry retry,
                               Sleeper sleeper, Listener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.agentId = requireId(agentId, "agent id");
        this.aliasId = requireId(aliasId, "agent alias id");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public AgentReply invoke(AgentCall call) {
        String sessionId = call.sessionId() != null && SESSION_ID.matcher(call.sessionId()).matches()
                ? call.sessionId() : UUID.randomUUID().toString();
        Map<String, String> attributes = call.sessionAttributes() == null ? Map.of() : call.sessionAttributes();
        InvokeAgentRequest request = InvokeAgentRequest.builder()
                .agentId(agentId)
                .agentAliasId(aliasId)
                .sessionId(sessionId)
                .inputText(call.inputText())
                .enableTrace(true)
                .sessionState(SessionState.builder().sessionAttributes(attributes).build())
                .build();
        // traces of failed attempts stay: they show what happened before the throttling
        List<JsonNode> traces = Collections.synchronizedList(new ArrayList<>());
        boolean sawThrottling = false;
        for (int attempt = 1; ; attempt++) {
            Collector collector = new Collector(sessionId, traces);
            Throwable failure;
            try {
                client.invokeAgent(request, collector.handler()).join();
                return new AgentReply(collector.replyText(), sessionId, List.copyOf(traces));
            } catch (CompletionException e) {
                failure = e.getCause() != null ? e.getCause() : e;
            } catch (SdkException e) {
                failure = e;
            }
            boolean throttled = isThrottling(failure);
            sawThrottling |= throttled;
            // a connection that breaks before any event arrived is as safe to retry as throttling: nothing ran yet
            boolean transientIo = !throttled && failure instanceof SdkClientException && causedByIo(failure);
            if (!(throttled || transientIo) || attempt >= retry.maxAttempts() || collector.actionStarted()) {
                throw translate(failure, attempt, collector.actionStarted(), sawThrottling);
            }
            Duration wait = retry.delayAfter(attempt);
            listener.onRetry(attempt, wait, errorCode(failure));
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ActionException(503, "interrupted", "stopped while waiting to retry a throttled call");
            }
        }
    }

    /** Maps the service's failures onto envelope statuses the calling agent can reason about. */
    static ActionException translate(Throwable cause, int attempts, boolean actionStarted, boolean sawThrottling) {
        if (isThrottling(cause) || sawThrottling) {
            String tried = attempts > 1 ? " after " + attempts + " attempts" : "";
            String why = actionStarted
                    ? "; not retried because the sub-agent had already started an action (a retry could run it twice)"
                    : "";
            return new ActionException(429, "throttled", "the sub-agent's model is throttled (Bedrock "
                    + "ThrottlingException" + tried + why + "); wait a minute and retry, or ask for a quota increase "
                    + "(Service Quotas, Amazon Bedrock, on-demand requests/tokens per minute for the model)");
        }
        if (cause instanceof BedrockAgentRuntimeException e) {
            int status = e.statusCode() >= 400 && e.statusCode() < 600 ? 502 : 500;
            return new ActionException(status, "sub_agent_failed", "InvokeAgent failed: "
                    + (e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() + ": "
                    + e.awsErrorDetails().errorMessage() : e.getMessage()));
        }
        return new ActionException(502, "sub_agent_failed", "InvokeAgent failed: " + cause);
    }

    /** Throttling, even when the SDK reports it wrapped (the cancelled request can race the error response). */
    static boolean isThrottling(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ThrottlingException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof ThrottlingException) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A broken connection (not a client-side problem such as missing credentials). */
    static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static String errorCode(Throwable failure) {
        if (failure instanceof BedrockAgentRuntimeException e && e.awsErrorDetails() != null) {
            return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
        }
        return String.valueOf(failure.getMessage());
    }

    private static String requireId(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        return value;
    }

    /** One attempt's stream: answer text, trace parts, and any request to hand control back. */
    private final class Collector {
        private final String sessionId;
        private final List<JsonNode> traces;
        private final StringBuilder answer = new StringBuilder();
        private final List<JsonNode> returnControls = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean actionStarted;

        Collector(String sessionId, List<JsonNode> traces) {
            this.sessionId = sessionId;
            this.traces = traces;
        }

        InvokeAgentResponseHandler handler() {
            return InvokeAgentResponseHandler.builder()
                    .subscriber(InvokeAgentResponseHandler.Visitor.builder()
                            .onChunk(chunk -> {
                                if (chunk.bytes() != null) {
                                    synchronized (answer) {
                                        answer.append(chunk.bytes().asUtf8String());
                                    }
                                }
                            })
                            .onTrace(this::trace)
                            .onReturnControl(this::returnControl)
                            .build())
                    .build();
        }

        private void trace(TracePart part) {
            if (part.trace() != null && part.trace().orchestrationTrace() != null
                    && part.trace().orchestrationTrace().invocationInput() != null) {
                actionStarted = true;
            }
            record(SdkPojoJson.toJson(part));
        }

        /**
         * The agent wants its caller to run an action (or confirm one) instead of answering. Recorded as a trace
         * entry under the stream's wire name "returnControl" so it is visible in debug output.
         */
        private void returnControl(ReturnControlPayload payload) {
            JsonNode json = SdkPojoJson.toJson(payload);
            ObjectNode part = SdkPojoJson.mapper().createObjectNode()
                    .put("agentId", agentId)
                    .put("agentAliasId", aliasId)
                    .put("sessionId", sessionId);
            part.set("returnControl", json);
            returnControls.add(json);
            record(part);
        }

        private void record(JsonNode part) {
            traces.add(part);
            listener.onTrace(part);
        }

        boolean actionStarted() {
            return actionStarted;
        }

        String replyText() {
            String text;
            synchronized (answer) {
                text = answer.toString();
            }
            if (returnControls.isEmpty()) {
                return text;
            }
            StringBuilder reply = new StringBuilder(text);
            for (JsonNode payload : returnControls) {
                if (!reply.isEmpty()) {
                    reply.append("\n\n");
                }
                reply.append(ReturnControlText.describe(payload));
            }
            return reply.toString();
        }
    }
}
