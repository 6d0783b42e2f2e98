package io.agenticapi.services.local;

import io.agenticapi.services.ports.SecretSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Local secrets: {@code <API>_API_KEY} from the environment (STRIPE_API_KEY), else the file named by
 * {@code <API>_API_KEY_FILE}. The CLI passes an explicit map instead for the offline Stripe sandbox.
 */
public final class EnvSecretSource implements SecretSource {
    private final Map<String, String> env;

    public EnvSecretSource(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static EnvSecretSource fromSystem() {
        return new EnvSecretSource(System.getenv());
    }

    /** A source that knows exactly one key. */
    public static EnvSecretSource of(String api, String key) {
        return new EnvSecretSource(Map.of(variable(api), key));
    }

    @Override
    public Optional<String> apiKey(String api) {
        String name = variable(api);
        String value = env.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.trim());
        }
        String file = env.get(name + "_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Optional.of(Files.readString(Path.of(file)).trim()).filter(s -> !s.isEmpty());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + "_FILE " + file + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    public static String variable(String api) {
        return api.toUpperCase(Locale.ROOT).replace('-', '_') + "_API_KEY";
    }
}
