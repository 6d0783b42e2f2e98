package io.agenticapi.local.model;

/**
 * The model behind a local agent: given the agent's instructions, its tools (action-group operations) and the
 * conversation so far, it either calls one tool or answers. Offline planner, Bedrock Converse or an
 * OpenAI-compatible endpoint (see {@link ModelClients}). A call that gives no usable turn throws
 * {@link ModelException}.
 */
public interface ModelClient extends AutoCloseable {
    ModelTurn next(ModelRequest request);

    /** A short name for traces and sidecars, e.g. "offline" or "bedrock:anthropic.claude-3-haiku...". */
    String name();

    /** Releases connections; the default has none. */
    @Override
    default void close() {
    }
}
