package io.agenticapi.wiring;

import io.agenticapi.aws.AwsClients;
import io.agenticapi.aws.BedrockAgentInvoker;
import io.agenticapi.aws.ClientSettings;
import io.agenticapi.aws.S3CodeStore;
import io.agenticapi.aws.SecretsManagerSecretSource;
import io.agenticapi.services.local.EnvSecretSource;
import io.agenticapi.services.local.LocalFolderCodeStore;
import io.agenticapi.services.ports.AgentInvoker;
import io.agenticapi.services.ports.CodeStore;
import io.agenticapi.services.ports.SecretSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Chooses each port's adapter from configuration (agentic.* properties, or AGENTIC_* environment variables on
 * Lambda). Business code only ever sees the ports.
 */
@ApplicationScoped
public class PortsProducer {

    @Produces
    @Singleton
    CodeStore codeStore(@ConfigProperty(name = "agentic.code-store.kind", defaultValue = "local") String kind,
                        @ConfigProperty(name = "agentic.code-store.dir") Optional<String> dir,
                        @ConfigProperty(name = "agentic.code-store.bucket") Optional<String> bucket) {
        return switch (kind) {
            case "local" -> new LocalFolderCodeStore(dir.map(Path::of).orElseGet(LocalFolderCodeStore::defaultRoot));
            case "s3" -> new S3CodeStore(AwsClients.s3(ClientSettings.defaults()), bucket.orElseThrow(() ->
                    new IllegalStateException("set agentic.code-store.bucket (AGENTIC_CODE_STORE_BUCKET)")));
            default -> throw new IllegalStateException("agentic.code-store.kind=" + kind + " is unknown; use local or s3");
        };
    }

    @Produces
    @Singleton
    SecretSource secretSource(@ConfigProperty(name = "agentic.secret.kind", defaultValue = "env") String kind,
                              @ConfigProperty(name = "agentic.secret.id") Optional<String> secretId) {
        return switch (kind) {
            // <API>_API_KEY through Quarkus config: the environment on Lambda, a property in tests
            case "env" -> api -> ConfigProvider.getConfig()
                    .getOptionalValue(EnvSecretSource.variable(api), String.class)
                    .filter(v -> !v.isBlank())
                    .or(() -> EnvSecretSource.fromSystem().apiKey(api));
            case "secretsmanager" -> new SecretsManagerSecretSource(AwsClients.secretsManager(ClientSettings.defaults()),
                    secretId.orElseThrow(() -> new IllegalStateException("set agentic.secret.id (AGENTIC_SECRET_ID)")));
            default -> throw new IllegalStateException("agentic.secret.kind=" + kind
                    + " is unknown; use env or secretsmanager");
        };
    }

    @Produces
    @Singleton
    AgentInvoker agentInvoker(@ConfigProperty(name = "agentic.agent-invoker.kind", defaultValue = "bedrock") String kind,
                              @ConfigProperty(name = "agentic.agent.id") Optional<String> agentId,
                              @ConfigProperty(name = "agentic.agent.alias-id") Optional<String> aliasId,
                              @ConfigProperty(name = "agentic.agent.read-timeout", defaultValue = "PT10M")
                              Duration readTimeout) {
        if (!"bedrock".equals(kind)) {
            throw new IllegalStateException("agentic.agent-invoker.kind=" + kind + " is not available in a Lambda; "
                    + "the local runtime (debug-trace) wires the local invoker itself");
        }
        String id = agentId.orElseThrow(() -> new IllegalStateException("set agentic.agent.id (AGENTIC_AGENT_ID)"));
        String alias = aliasId.orElseThrow(() ->
                new IllegalStateException("set agentic.agent.alias-id (AGENTIC_AGENT_ALIAS_ID)"));
        return new BedrockAgentInvoker(AwsClients.bedrockAgentRuntime(ClientSettings.defaults(), readTimeout), id, alias);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
