package io.agenticapi.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupResponse;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.local.model.Tool;
import io.agenticapi.services.ports.AgentInvoker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One agent of the local runtime: its instructions, its action groups (schema + the real Lambda handler) and a
 * model. {@link #run} is the agent loop Bedrock runs for a deployed agent: ask the model, call the chosen action
 * group with a serialized Bedrock event, feed the result back, until the model answers.
 */
public final class LocalAgent {
    /** Bounds a confused model: each turn is a model call, and each tool call costs at least one turn. */
    public static final int DEFAULT_MAX_TURNS = 12;

    public record ActionGroup(String name, ActionGroupSchema schema, LambdaEndpoint endpoint) {
    }

    private final String name;
    private final String id;
    private final String aliasId;
    private final String instructions;
    private final Map<String, ActionGroup> actionGroups = new LinkedHashMap<>();
    private final ModelClient model;
    private final TraceSink sink;
    private final int maxTurns;
    private final SessionHistory history = new SessionHistory();

    public LocalAgent(String name, String instructions, List<ActionGroup> groups, ModelClient model, TraceSink sink,
                      int maxTurns) {
        this.name = name;
        this.id = name.toUpperCase(java.util.Locale.ROOT) + "LOCAL";
        this.aliasId = "LOCALALIAS";
        this.instructions = instructions;
        groups.forEach(g -> actionGroups.put(g.name(), g));
        this.model = model;
        this.sink = sink;
        this.maxTurns = maxTurns;
    }

    public String name() {
        return name;
    }

    public Traces.Origin origin(String sessionId, List<String> callerChain) {
        return new Traces.Origin(name, id, aliasId, sessionId, callerChain);
    }

    public List<Tool> tools() {
        List<Tool> tools = new ArrayList<>();
        actionGroups.values().forEach(g -> g.schema().operations().forEach(op -> tools.add(new Tool(g.name(), op))));
        return tools;
    }

    /** Runs the agent loop for one input; callerChain lists the alias ARNs of the agents above, outermost first. */
    public AgentInvoker.AgentReply run(String sessionId, String input, Map<String, String> sessionAttributes,
                                       List<String> callerChain) {
        String session = sessionId != null ? sessionId : UUID.randomUUID().toString();
        List<String> chain = new ArrayList<>(callerChain);
        Traces.Origin origin = origin(session, List.copyOf(chain));
        chain.add(origin.aliasArn());
        List<JsonNode> traces = new ArrayList<>();
        TraceSink emit = sink.and(traces::add);
        // like a Bedrock agent, an agent remembers the earlier turns of a session: a fix request to the Generator
        // in the Orchestrator's session sees the code it wrote before
        List<Message> messages = new ArrayList<>(history.earlier(session));
        messages.add(new Message.User(input));
        Map<String, String> attributes = new LinkedHashMap<>(sessionAttributes == null ? Map.of() : sessionAttributes);
        attributes.putIfAbsent("model", model.name());

        for (int turn = 1; turn <= maxTurns; turn++) {
            String traceId = session + "-" + name + "-" + turn;
            long started = System.nanoTime();
            ModelTurn decision;
            try {
                decision = model.next(new ModelRequest(name, instructions, tools(), List.copyOf(messages)));
            } catch (RuntimeException e) {
                emit.accept(Traces.failure(origin, traceId, "model " + model.name() + " failed: " + e.getMessage()));
                throw new AgentFailure(name + ": model " + model.name() + " failed: " + e.getMessage(), e);
            }
            emit.accept(Traces.modelOutput(origin, traceId, model.name(), decision.usage().inputTokens(),
                    decision.usage().outputTokens(), (System.nanoTime() - started) / 1_000_000));
            if (decision.rationale() != null && !decision.rationale().isBlank()) {
                emit.accept(Traces.rationale(origin, traceId, decision.rationale()));
            }
            if (decision instanceof ModelTurn.Answer answer) {
                emit.accept(Traces.finalObservation(origin, traceId, answer.text()));
                history.remember(session, input, answer.text());
                return new AgentInvoker.AgentReply(answer.text(), session, List.copyOf(traces));
            }
            ModelTurn.UseTool call = (ModelTurn.UseTool) decision;
            String callId = callId(call, traceId, messages);
            messages.add(new Message.ToolCall(callId, call.actionGroup(), call.operationId(), call.arguments(),
                    call.rationale()));
            messages.add(callTool(call, callId, origin, traceId, session, input, attributes, chain, emit));
        }
        String reason = name + " did not answer within " + maxTurns + " turns";
        emit.accept(Traces.failure(origin, session + "-" + name + "-limit", reason));
        throw new AgentFailure(reason, null);
    }

    /** The model's id for the call when it gave one (unique within the conversation), else one of ours. */
    private static String callId(ModelTurn.UseTool call, String traceId, List<Message> messages) {
        String id = call.callId() == null || call.callId().isBlank() ? traceId + "-call" : call.callId();
        boolean used = messages.stream().anyMatch(m -> m instanceof Message.ToolCall c && c.callId().equals(id));
        return used ? id + "-" + traceId.substring(traceId.lastIndexOf('-') + 1) : id;
    }

    private Message.ToolResult callTool(ModelTurn.UseTool call, String callId, Traces.Origin origin, String traceId,
                                        String session, String input, Map<String, String> attributes,
                                        List<String> chain, TraceSink emit) {
        ActionGroup group = actionGroups.get(call.actionGroup());
        ActionGroupSchema.Operation operation = group == null ? null
                : group.schema().byOperationId(call.operationId()).orElse(null);
        if (operation == null) {
            // Bedrock re-prompts the model when it names a tool that does not exist; so do we
            String error = "{\"error\":\"unknown_tool\",\"message\":\"no operation " + call.operationId()
                    + " in action group " + call.actionGroup() + "\"}";
            emit.accept(Traces.actionObservation(origin, traceId, error));
            return new Message.ToolResult(callId, call.actionGroup(), call.operationId(), 404, error);
        }
        ActionGroupEvent event = ActionGroupEvents.request(operation, group.name(), call.arguments(),
                new ActionGroupEvent.Agent(name, origin.agentId(), origin.aliasId(), "DRAFT"), session, input,
                attributes);
        emit.accept(Traces.invocationInput(origin, traceId, event));
        CallerChain.push(chain);
        String responseJson;
        try {
            responseJson = group.endpoint().invoke(ActionGroupRouter.toJson(event));
        } finally {
            CallerChain.pop();
        }
        ActionGroupResponse response;
        try {
            response = Traces.JSON.readValue(responseJson, ActionGroupResponse.class);
        } catch (JsonProcessingException e) {
            // what Bedrock says when a Lambda answers with a wrong envelope
            String reason = "The server encountered an error processing the Lambda response: " + e.getOriginalMessage();
            emit.accept(Traces.failure(origin, traceId, reason));
            throw new AgentFailure(reason, e);
        }
        emit.accept(Traces.actionObservation(origin, traceId, response.body()));
        return new Message.ToolResult(callId, group.name(), operation.operationId(), response.statusCode(),
                response.body());
    }

    /** The agent could not finish: a model failure, a broken envelope, too many turns. */
    public static final class AgentFailure extends RuntimeException {
        public AgentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
