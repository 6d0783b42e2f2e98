package io.agenticapi.services.ports;

import java.util.Optional;

/** Gives the API key for an API (for example "stripe"); Secrets Manager on AWS, environment or file locally. */
public interface SecretSource {
    Optional<String> apiKey(String api);
}
