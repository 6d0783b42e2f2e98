package io.agenticapi.aws;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;

/**
 * Builds the SDK clients the adapters need, with the HTTP clients this project ships: url-connection for the
 * synchronous ones (small, starts fast on Lambda), Netty for InvokeAgent (the only client it exists on is async).
 */
public final class AwsClients {
    /** A long generation streams slowly; Netty's read timeout, not apiCallTimeout, is what would cut it off. */
    public static final Duration DEFAULT_AGENT_READ_TIMEOUT = Duration.ofMinutes(10);

    private AwsClients() {
    }

    public static S3Client s3(ClientSettings settings) {
        return settings.applyTo(S3Client.builder())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // an endpoint override is a VPC endpoint or a stand-in: path-style addressing works with both
                .forcePathStyle(settings.endpoint() != null)
                .build();
    }

    public static SecretsManagerClient secretsManager(ClientSettings settings) {
        return settings.applyTo(SecretsManagerClient.builder())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /**
     * The InvokeAgent client. The SDK's own retries are off: a retried InvokeAgent re-runs the agent (and its
     * actions), so {@link BedrockAgentInvoker} decides when a retry is safe and how long to back off.
     */
    public static BedrockAgentRuntimeAsyncClient bedrockAgentRuntime(ClientSettings settings, Duration readTimeout) {
        return bedrockAgentRuntime(settings, readTimeout, null);
    }

    /**
     * As above, on the caller's event loop (null: the client's own). The client's own loop takes Netty's 2-second
     * quiet period to close; a short-lived caller such as a CLI passes its own loop and stops it at once.
     */
    public static BedrockAgentRuntimeAsyncClient bedrockAgentRuntime(ClientSettings settings, Duration readTimeout,
                                                                     SdkEventLoopGroup eventLoop) {
        NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder()
                .readTimeout(readTimeout)
                .connectionTimeout(Duration.ofSeconds(10));
        if (eventLoop != null) {
            http.eventLoopGroup(eventLoop);
        }
        return settings.applyTo(BedrockAgentRuntimeAsyncClient.builder())
                .httpClientBuilder(http)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
