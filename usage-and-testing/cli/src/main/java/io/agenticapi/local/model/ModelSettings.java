package io.agenticapi.local.model;

import io.agenticapi.aws.ClientSettings;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How model clients connect: AWS region/profile/endpoint for Bedrock, the per-call timeout, throttling retries,
 * an optional output-token cap, and where environment variables come from (OPENAI_API_KEY; tests pass a map).
 *
 * @param maxTokens null: Bedrock gets {@link #DEFAULT_BEDROCK_MAX_TOKENS}, OpenAI-compatible servers their default
 */
public record ModelSettings(ClientSettings aws, Duration timeout, RetryPolicy retry, Integer maxTokens,
                            Function<String, String> environment) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    public static final int DEFAULT_BEDROCK_MAX_TOKENS = 4096;

    public ModelSettings {
        Objects.requireNonNull(aws, "aws");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(environment, "environment");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the model timeout must be positive");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be at least 1");
        }
    }

    public static ModelSettings defaults() {
        return new ModelSettings(ClientSettings.defaults(), DEFAULT_TIMEOUT, RetryPolicy.standard(), null,
                System::getenv);
    }

    public ModelSettings withAws(ClientSettings value) {
        return new ModelSettings(value, timeout, retry, maxTokens, environment);
    }

    public ModelSettings withTimeout(Duration value) {
        return new ModelSettings(aws, value, retry, maxTokens, environment);
    }

    public ModelSettings withRetry(RetryPolicy value) {
        return new ModelSettings(aws, timeout, value, maxTokens, environment);
    }

    public ModelSettings withMaxTokens(Integer value) {
        return new ModelSettings(aws, timeout, retry, value, environment);
    }

    public ModelSettings withEnvironment(Function<String, String> value) {
        return new ModelSettings(aws, timeout, retry, maxTokens, value);
    }
}
