package io.agenticapi.local.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelException;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.local.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local conversation as a Converse request (system prompt, tools, user/assistant messages with toolUse and
 * toolResult blocks sharing ids), and a Converse response as the model's turn.
 */
final class ConverseMapping {
    private ConverseMapping() {
    }

    static ConverseRequest request(String modelId, ModelRequest request, int maxTokens) {
        List<software.amazon.awssdk.services.bedrockruntime.model.Tool> tools = new ArrayList<>();
        for (Tool tool : request.tools()) {
            tools.add(software.amazon.awssdk.services.bedrockruntime.model.Tool.fromToolSpec(
                    ToolSpecification.builder()
                            .name(tool.name())
                            .description(tool.description())
                            .inputSchema(ToolInputSchema.fromJson(DocumentJson.toDocument(tool.inputSchema())))
                            .build()));
        }
        ConverseRequest.Builder builder = ConverseRequest.builder()
                .modelId(modelId)
                .messages(messages(request.messages()))
                .inferenceConfig(InferenceConfiguration.builder().maxTokens(maxTokens).build());
        if (request.instructions() != null && !request.instructions().isBlank()) {
            builder.system(SystemContentBlock.fromText(request.instructions()));
        }
        if (!tools.isEmpty()) {
            builder.toolConfig(ToolConfiguration.builder().tools(tools).build());
        }
        return builder.build();
    }

    /** Converse wants strictly alternating roles starting with the user: consecutive blocks of a role merge. */
    static List<software.amazon.awssdk.services.bedrockruntime.model.Message> messages(List<Message> conversation) {
        List<ConversationRole> roles = new ArrayList<>();
        List<List<ContentBlock>> contents = new ArrayList<>();
        for (Message message : conversation) {
            switch (message) {
                case Message.User user -> add(roles, contents, ConversationRole.USER, ContentBlock.fromText(
                        nonBlank(user.text())));
                case Message.Assistant answer -> add(roles, contents, ConversationRole.ASSISTANT,
                        ContentBlock.fromText(nonBlank(answer.text())));
                case Message.ToolCall call -> {
                    if (call.rationale() != null && !call.rationale().isBlank()) {
                        add(roles, contents, ConversationRole.ASSISTANT, ContentBlock.fromText(call.rationale()));
                    }
                    add(roles, contents, ConversationRole.ASSISTANT, ContentBlock.fromToolUse(ToolUseBlock.builder()
                            .toolUseId(toolUseId(call.callId()))
                            .name(call.toolName())
                            .input(DocumentJson.toDocument(DocumentJson.JSON.valueToTree(call.arguments())))
                            .build()));
                }
                case Message.ToolResult result -> add(roles, contents, ConversationRole.USER,
                        ContentBlock.fromToolResult(ToolResultBlock.builder()
                                .toolUseId(toolUseId(result.callId()))
                                .content(ToolResultContentBlock.fromText(result.textForModel()))
                                .status(result.failed() ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS)
                                .build()));
            }
        }
        List<software.amazon.awssdk.services.bedrockruntime.model.Message> messages = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            messages.add(software.amazon.awssdk.services.bedrockruntime.model.Message.builder()
                    .role(roles.get(i)).content(contents.get(i)).build());
        }
        return messages;
    }

    static ModelTurn turn(ModelRequest request, ConverseResponse response, int maxTokens) {
        ModelTurn.Usage usage = response.usage() == null ? ModelTurn.Usage.NONE
                : new ModelTurn.Usage(orZero(response.usage().inputTokens()), orZero(response.usage().outputTokens()));
        StopReason stop = response.stopReason();
        if (stop == StopReason.MAX_TOKENS) {
            throw ModelException.malformed("the model's answer was cut off at the limit of " + maxTokens
                    + " output tokens; raise --max-tokens");
        }
        if (stop == StopReason.GUARDRAIL_INTERVENED || stop == StopReason.CONTENT_FILTERED) {
            throw ModelException.malformed("the model's answer was withheld (" + response.stopReasonAsString()
                    + ")");
        }
        StringBuilder text = new StringBuilder();
        ToolUseBlock toolUse = null;
        var message = response.output() == null ? null : response.output().message();
        for (ContentBlock block : message == null ? List.<ContentBlock>of() : message.content()) {
            if (block.text() != null) {
                text.append(text.isEmpty() ? "" : "\n").append(block.text());
            } else if (block.toolUse() != null && toolUse == null) {
                // the runtime runs one action per turn, as Bedrock Agents does; a second parallel call is dropped
                // from the history too, so every toolUse sent back has its toolResult
                toolUse = block.toolUse();
            }
        }
        String said = text.toString().strip();
        if (toolUse != null) {
            Tool tool = request.tool(toolUse.name());
            JsonNode input = DocumentJson.toJson(toolUse.input());
            if (!input.isObject()) {
                throw ModelException.malformed("the model called " + toolUse.name()
                        + " with input that is not a JSON object: " + input);
            }
            Map<String, Object> arguments = new LinkedHashMap<>();
            input.fields().forEachRemaining(e -> arguments.put(e.getKey(),
                    DocumentJson.JSON.convertValue(e.getValue(), Object.class)));
            return new ModelTurn.UseTool(said.isEmpty() ? null : said, tool.actionGroup(),
                    tool.operation().operationId(), arguments, usage, toolUse.toolUseId());
        }
        if (!said.isEmpty()) {
            return new ModelTurn.Answer(null, said, usage);
        }
        throw ModelException.malformed("the model answered with neither text nor a tool call (stopReason "
                + response.stopReasonAsString() + ")");
    }

    /** Converse ids must match [a-zA-Z0-9_-]{1,64}; ours are mapped the same way for the call and its result. */
    static String toolUseId(String callId) {
        String id = (callId == null || callId.isEmpty() ? "call" : callId).replaceAll("[^a-zA-Z0-9_-]", "_");
        return id.length() > 64 ? id.substring(id.length() - 64) : id;
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "(empty)" : text;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void add(List<ConversationRole> roles, List<List<ContentBlock>> contents, ConversationRole role,
                            ContentBlock block) {
        if (!roles.isEmpty() && roles.getLast() == role) {
            contents.getLast().add(block);
        } else {
            roles.add(role);
            contents.add(new ArrayList<>(List.of(block)));
        }
    }
}
