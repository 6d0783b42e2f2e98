package io.agenticapi.local.model;

import io.agenticapi.local.bedrock.BedrockConverseClient;
import io.agenticapi.local.offline.OfflineModelClient;
import io.agenticapi.local.openai.ChatCompletionsClient;

/**
 * Turns a model spec into a client:
 * <ul>
 *   <li>{@code offline} — the deterministic planner, no LLM;</li>
 *   <li>{@code bedrock:<model-or-inference-profile-id>} — Amazon Bedrock's Converse API with tool use;</li>
 *   <li>{@code openai:<base-url>#<model>} — any OpenAI-compatible /chat/completions endpoint with tool calls
 *       (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio...); the API key comes from OPENAI_API_KEY when set.</li>
 * </ul>
 */
public final class ModelClients {
    public static final String KINDS = "offline | bedrock:<model-or-inference-profile-id> | openai:<base-url>#<model>";

    private ModelClients() {
    }

    /** A client for the spec; IllegalArgumentException when the spec is not one of {@link #KINDS}. */
    public static ModelClient parse(String spec, ModelSettings settings) {
        String value = spec == null ? "" : spec.strip();
        if (value.equals("offline")) {
            return OfflineModelClient.load();
        }
        if (value.startsWith("bedrock:")) {
            return BedrockConverseClient.create(value.substring("bedrock:".length()).strip(), settings);
        }
        if (value.startsWith("openai:")) {
            return ChatCompletionsClient.create(value.substring("openai:".length()).strip(), settings);
        }
        throw new IllegalArgumentException("unknown model '" + value + "': use " + KINDS
                + ", e.g. bedrock:us.anthropic.claude-haiku-4-5-20251001-v1:0 or "
                + "openai:http://127.0.0.1:11434/v1#qwen2.5-coder");
    }
}
