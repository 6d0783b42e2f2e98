package io.agenticapi.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.SecretSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API key from one Secrets Manager secret, read once per container (a Lambda container lives for many
 * invocations; one read keeps latency and cost down). The secret string is either {"api_key":"..."} or the bare
 * key. Failures are not cached, so a fixed secret is picked up on the next call. Error messages name the secret,
 * never its value.
 */
public final class SecretsManagerSecretSource implements SecretSource {
    public static final String FIELD = "api_key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient client;
    private final String secretId;
    private volatile String cached;

    public SecretsManagerSecretSource(SecretsManagerClient client, String secretId) {
        this.client = Objects.requireNonNull(client, "client");
        if (secretId == null || secretId.isBlank()) {
            throw new IllegalArgumentException("the secret source needs a secret name or ARN (AGENTIC_SECRET_ID)");
        }
        this.secretId = secretId;
    }

    /** The deployment's one secret holds the key of the one API it serves, whichever name the caller uses. */
    @Override
    public Optional<String> apiKey(String api) {
        String key = cached;
        if (key == null) {
            synchronized (this) {
                key = cached;
                if (key == null) {
                    key = read();
                    cached = key;
                }
            }
        }
        return Optional.of(key);
    }

    private String read() {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(b -> b.secretId(secretId));
        } catch (ResourceNotFoundException e) {
            throw failure("does not exist (or has no current version) in this account and region; create it with "
                    + "the value {\"" + FIELD + "\":\"sk_test_...\"}");
        } catch (SecretsManagerException e) {
            String code = e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() : null;
            throw failure("cannot be read: " + (code != null ? code + " (HTTP " + e.statusCode() + ")" : e.getMessage()));
        }
        String value = response.secretString();
        if (value == null || value.isBlank()) {
            throw failure(response.secretBinary() != null
                    ? "holds binary data; store the key as a secret string {\"" + FIELD + "\":\"...\"}"
                    : "is empty");
        }
        String trimmed = value.strip();
        if (!trimmed.startsWith("{")) {
            return trimmed;
        }
        JsonNode json;
        try {
            json = JSON.readTree(trimmed);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input: leave it out
            throw failure("looks like JSON but does not parse; store {\"" + FIELD + "\":\"...\"} or the bare key");
        }
        JsonNode field = json.get(FIELD);
        if (field == null || !field.isTextual() || field.asText().isBlank()) {
            List<String> names = new ArrayList<>();
            json.fieldNames().forEachRemaining(names::add);
            throw failure("has no non-empty string field \"" + FIELD + "\" (its fields: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        return field.asText().strip();
    }

    private ActionException failure(String problem) {
        return new ActionException(500, "missing_secret", "the API key secret '" + secretId + "' " + problem);
    }
}
