package io.agenticapi.local.model;

import java.util.List;

/** What the model sees on one turn. */
public record ModelRequest(String agentName, String instructions, List<Tool> tools, List<Message> messages) {

    /** The first user message: the request this agent was given. */
    public String input() {
        return messages.stream().filter(m -> m instanceof Message.User).map(m -> ((Message.User) m).text())
                .findFirst().orElse("");
    }

    /** Tool results so far, oldest first. */
    public List<Message.ToolResult> results() {
        return messages.stream().filter(m -> m instanceof Message.ToolResult).map(m -> (Message.ToolResult) m)
                .toList();
    }
}
