package io.agenticapi.local;

import io.agenticapi.local.model.Message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The earlier turns of each session of one agent (the user's input and the agent's final answer), as Bedrock
 * Agents keeps a session's conversation history. Bounded: the oldest sessions and turns are forgotten.
 */
final class SessionHistory {
    private static final int MAX_SESSIONS = 64;
    private static final int MAX_TURNS = 8;

    private final Map<String, List<Message>> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Message>> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    synchronized List<Message> earlier(String sessionId) {
        return List.copyOf(sessions.getOrDefault(sessionId, List.of()));
    }

    synchronized void remember(String sessionId, String input, String answer) {
        List<Message> turns = sessions.computeIfAbsent(sessionId, k -> new ArrayList<>());
        turns.add(new Message.User(input));
        turns.add(new Message.Assistant(answer));
        while (turns.size() > MAX_TURNS * 2) {
            turns.subList(0, 2).clear();
        }
    }
}
