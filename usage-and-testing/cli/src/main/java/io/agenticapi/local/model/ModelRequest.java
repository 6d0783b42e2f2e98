package io.agenticapi.local.model;

import java.util.List;

/** What the model sees on one turn: earlier turns of the session first, then this turn's messages. */
public record ModelRequest(String agentName, String instructions, List<Tool> tools, List<Message> messages) {

    /** The latest user message: the request this agent was given on this turn. */
    public String input() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof Message.User user) {
                return user.text();
            }
        }
        return "";
    }

    /** Tool results since the latest user message, oldest first. */
    public List<Message.ToolResult> results() {
        int start = 0;
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof Message.User) {
                start = i;
                break;
            }
        }
        return messages.subList(start, messages.size()).stream()
                .filter(m -> m instanceof Message.ToolResult).map(m -> (Message.ToolResult) m).toList();
    }

    /** The tool a model named, by {@link Tool#name()}; a clear error naming the valid ones when there is none. */
    public Tool tool(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                ModelException.malformed("the model called a tool that does not exist: '" + name + "'; "
                        + agentName + "'s tools are " + tools.stream().map(Tool::name).toList()));
    }
}
