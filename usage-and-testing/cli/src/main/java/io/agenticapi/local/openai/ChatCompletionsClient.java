package io.agenticapi.local.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelException;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelSettings;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.local.model.RetryPolicy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A model behind any OpenAI-compatible chat-completions endpoint with tool calls: OpenAI itself, or a local
 * Ollama, vLLM, llama.cpp or LM Studio server. The key (OPENAI_API_KEY) is sent as a bearer token when set.
 */
public final class ChatCompletionsClient implements ModelClient {
    public static final String API_KEY_ENV = "OPENAI_API_KEY";

    private final HttpClient http;
    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final Integer maxTokens;

    public ChatCompletionsClient(HttpClient http, URI endpoint, String model, String apiKey, Duration timeout,
                                 RetryPolicy retry, Integer maxTokens) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.retry = retry;
        this.maxTokens = maxTokens;
    }

    /** From {@code <base-url>#<model>}, e.g. {@code http://127.0.0.1:11434/v1#qwen2.5-coder}. */
    public static ChatCompletionsClient create(String spec, ModelSettings settings) {
        int hash = spec.lastIndexOf('#');
        if (hash <= 0 || hash == spec.length() - 1) {
            throw new IllegalArgumentException("openai: needs <base-url>#<model>, e.g. "
                    + "openai:http://127.0.0.1:11434/v1#qwen2.5-coder (Ollama) or openai:https://api.openai.com/v1"
                    + "#gpt-4.1-mini");
        }
        String base = spec.substring(0, hash).strip();
        String model = spec.substring(hash + 1).strip();
        URI baseUri;
        try {
            baseUri = new URI(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("openai: '" + base + "' is not a URL");
        }
        if (baseUri.getScheme() == null || baseUri.getHost() == null
                || !(baseUri.getScheme().equals("http") || baseUri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("openai: '" + base + "' is not an http(s) URL; give the API base, "
                    + "usually ending in /v1");
        }
        URI endpoint = URI.create(baseUri + "/chat/completions");
        String key = settings.environment().apply(API_KEY_ENV);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new ChatCompletionsClient(http, endpoint, model, key == null || key.isBlank() ? null : key.strip(),
                settings.timeout(), settings.retry(), settings.maxTokens());
    }

    @Override
    public ModelTurn next(ModelRequest request) {
        String body = ChatMapping.request(model, request, maxTokens).toString();
        return retry.call(name(), () -> ChatMapping.turn(request, post(body)));
    }

    private JsonNode post(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw ModelException.failed("no answer from " + endpoint + " within " + timeout.toSeconds()
                    + " s; a slow local model may need a longer --model-timeout", e);
        } catch (ConnectException e) {
            throw ModelException.failed("cannot connect to " + endpoint + ": is the server running? (Ollama: "
                    + "`ollama serve`, then `ollama pull " + model + "`)", e);
        } catch (IOException e) {
            throw ModelException.unavailable("the connection to " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ModelException.failed("interrupted while waiting for " + endpoint, e);
        }
        int status = response.statusCode();
        String text = response.body() == null ? "" : response.body();
        if (status == 200) {
            try {
                return ChatMapping.JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw ModelException.malformed("the server's answer is not JSON: " + ChatMapping.clip(text));
            }
        }
        String detail = "HTTP " + status + " from " + endpoint + ": " + errorMessage(text);
        if (status == 429) {
            throw ModelException.throttled(detail, retryAfter(response));
        }
        if (status == 500 || status == 502 || status == 503 || status == 504) {
            throw ModelException.unavailable(detail, null);
        }
        if (status == 401 || status == 403) {
            throw ModelException.failed(detail + (apiKey == null ? "; set " + API_KEY_ENV + " to the server's API key"
                    : "; check " + API_KEY_ENV), null);
        }
        if (status == 404) {
            throw ModelException.failed(detail + "; check the base URL (usually ending in /v1) and the model name "
                    + "(Ollama: `ollama pull " + model + "`)", null);
        }
        throw ModelException.failed(detail, null);
    }

    /** OpenAI: {"error": {"message": ...}}; some servers: {"error": "..."} or {"detail": ...}. */
    private static String errorMessage(String body) {
        try {
            JsonNode node = ChatMapping.JSON.readTree(body);
            if (node != null) {
                JsonNode error = node.path("error");
                if (error.path("message").isTextual()) {
                    return error.path("message").asText();
                }
                if (error.isTextual()) {
                    return error.asText();
                }
                if (node.path("detail").isTextual()) {
                    return node.path("detail").asText();
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: show the text
        }
        return body.isBlank() ? "(no body)" : ChatMapping.clip(body.strip());
    }

    /** Retry-After in seconds, when the server says so. */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofMillis((long) (Double.parseDouble(v.strip()) * 1000));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    @Override
    public String name() {
        return "openai:" + model;
    }

    @Override
    public void close() {
        http.close();
    }
}
