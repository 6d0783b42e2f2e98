package io.agenticapi.stripesandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain HTTP calls to the sandbox, the way any Stripe client sends them (form bodies, Bearer key). */
final class RawClient {

    static final String KEY = "sk_test_123";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, java.net.http.HttpHeaders headers, JsonNode json) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode error() {
            return json.path("error");
        }
    }

    private final String baseUrl;

    RawClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Response get(String pathAndQuery) {
        return send(builder(pathAndQuery).GET(), KEY);
    }

    Response delete(String pathAndQuery) {
        return send(builder(pathAndQuery).DELETE(), KEY);
    }

    Response post(String path, String form) {
        return send(postBuilder(path, form), KEY);
    }

    Response postIdempotent(String path, String form, String idempotencyKey) {
        return send(postBuilder(path, form).header("Idempotency-Key", idempotencyKey), KEY);
    }

    Response withAuthorization(String path, String authorization) {
        HttpRequest.Builder builder = builder(path).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder, null);
    }

    HttpRequest.Builder builder(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private HttpRequest.Builder postBuilder(String path, String form) {
        return builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    Response send(HttpRequest.Builder builder, String key) {
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            JsonNode json = response.body().isEmpty() || !isJson ? MAPPER.nullNode() : MAPPER.readTree(response.body());
            return new Response(response.statusCode(), response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ids of a list answer, in order. */
    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
