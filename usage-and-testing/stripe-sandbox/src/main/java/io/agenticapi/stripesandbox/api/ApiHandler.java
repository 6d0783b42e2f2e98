package io.agenticapi.stripesandbox.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers one route. Runs under the state lock; may throw {@link StripeError}. */
@FunctionalInterface
public interface ApiHandler {
    JsonNode handle(ApiRequest request);
}
