package io.agenticapi.local.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelException;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.local.model.Tool;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local conversation as a chat-completions request (system message, tools of type function, assistant
 * tool_calls answered by role "tool" messages with the same id), and a response as the model's turn.
 */
final class ChatMapping {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Reasoning models (qwen3, deepseek-r1...) put their thinking in the content before the answer. */
    private static final Pattern THINK = Pattern.compile("(?s)^\\s*<think>(.*?)</think>\\s*");
    /** Small local models sometimes write the tool call as text instead of tool_calls. */
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?s)^\\s*(?:<tool_call>|```(?:json)?)?\\s*(\\{.*})\\s*(?:</tool_call>|```)?\\s*$");

    private ChatMapping() {
    }

    static ObjectNode request(String model, ModelRequest request, Integer maxTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (request.instructions() != null && !request.instructions().isBlank()) {
            messages.addObject().put("role", "system").put("content", request.instructions());
        }
        for (Message message : request.messages()) {
            switch (message) {
                case Message.User user -> messages.addObject().put("role", "user").put("content", user.text());
                case Message.Assistant answer -> messages.addObject().put("role", "assistant")
                        .put("content", answer.text());
                case Message.ToolCall call -> {
                    ObjectNode assistant = messages.addObject().put("role", "assistant");
                    if (call.rationale() != null && !call.rationale().isBlank()) {
                        assistant.put("content", call.rationale());
                    } else {
                        assistant.putNull("content");
                    }
                    ObjectNode toolCall = assistant.putArray("tool_calls").addObject()
                            .put("id", call.callId()).put("type", "function");
                    toolCall.putObject("function").put("name", call.toolName())
                            .put("arguments", json(call.arguments()));
                }
                case Message.ToolResult result -> messages.addObject().put("role", "tool")
                        .put("tool_call_id", result.callId()).put("content", result.textForModel());
            }
        }
        ArrayNode tools = body.putArray("tools");
        for (Tool tool : request.tools()) {
            ObjectNode function = tools.addObject().put("type", "function").putObject("function");
            function.put("name", tool.name()).put("description", tool.description());
            function.set("parameters", tool.inputSchema());
        }
        if (!request.tools().isEmpty()) {
            body.put("tool_choice", "auto");
        }
        if (maxTokens != null) {
            body.put("max_tokens", maxTokens);
        }
        body.put("stream", false);
        return body;
    }

    static ModelTurn turn(ModelRequest request, JsonNode response) {
        JsonNode choice = response.path("choices").path(0);
        if (!choice.isObject()) {
            throw ModelException.malformed("the response has no choices: " + clip(response.toString()));
        }
        JsonNode usageNode = response.path("usage");
        ModelTurn.Usage usage = new ModelTurn.Usage(usageNode.path("prompt_tokens").asInt(0),
                usageNode.path("completion_tokens").asInt(0));
        JsonNode message = choice.path("message");
        String content = message.path("content").isTextual() ? message.path("content").asText() : "";
        String thinking = null;
        Matcher think = THINK.matcher(content);
        if (think.find()) {
            thinking = think.group(1).strip();
            content = content.substring(think.end());
        }
        String finish = choice.path("finish_reason").asText("");
        JsonNode calls = message.path("tool_calls");
        if (calls.isArray() && !calls.isEmpty()) {
            // one action per turn, as Bedrock Agents runs them; further parallel calls are not kept in the history
            JsonNode call = calls.get(0);
            JsonNode function = call.path("function");
            String name = function.path("name").asText("");
            Tool tool = request.tool(name);
            Map<String, Object> arguments = arguments(name, function.path("arguments"));
            String id = call.path("id").asText("");
            String rationale = firstNonBlank(content, thinking);
            return new ModelTurn.UseTool(rationale, tool.actionGroup(), tool.operation().operationId(), arguments,
                    usage, id.isBlank() ? null : id);
        }
        if ("length".equals(finish)) {
            throw ModelException.malformed("the model's answer was cut off at its output token limit; raise "
                    + "--max-tokens (or the server's context size)");
        }
        Optional<ModelTurn.UseTool> written = textCall(request, content, usage);
        if (written.isPresent()) {
            return written.get();
        }
        if (!content.isBlank()) {
            return new ModelTurn.Answer(thinking, content.strip(), usage);
        }
        throw ModelException.malformed("the model answered with neither text nor a tool call (finish_reason "
                + (finish.isEmpty() ? "missing" : finish) + ")");
    }

    /** A tool call written as the whole content: {"name": "...", "arguments"|"parameters": {...}}. */
    private static Optional<ModelTurn.UseTool> textCall(ModelRequest request, String content, ModelTurn.Usage usage) {
        Matcher m = TEXT_CALL.matcher(content);
        if (!m.matches()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(m.group(1));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        String name = node.path("name").asText("");
        JsonNode args = node.has("arguments") ? node.get("arguments") : node.get("parameters");
        if (name.isEmpty() || args == null || request.tools().stream().noneMatch(t -> t.name().equals(name))) {
            return Optional.empty();
        }
        Tool tool = request.tool(name);
        return Optional.of(new ModelTurn.UseTool(null, tool.actionGroup(), tool.operation().operationId(),
                arguments(name, args), usage, null));
    }

    /** arguments is a JSON string per the API; some servers send the object itself. */
    private static Map<String, Object> arguments(String tool, JsonNode raw) {
        JsonNode parsed = raw;
        if (raw.isTextual()) {
            String text = raw.asText().strip();
            if (text.isEmpty()) {
                return new LinkedHashMap<>();
            }
            try {
                parsed = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw ModelException.malformed("the model called " + tool + " with arguments that are not JSON: "
                        + clip(text));
            }
        }
        if (parsed == null || parsed.isMissingNode() || parsed.isNull()) {
            return new LinkedHashMap<>();
        }
        if (!parsed.isObject()) {
            throw ModelException.malformed("the model called " + tool + " with arguments that are not a JSON "
                    + "object: " + clip(parsed.toString()));
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        parsed.fields().forEachRemaining(e -> arguments.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        return arguments;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b;
    }

    static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
