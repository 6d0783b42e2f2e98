package io.agenticapi.local.bedrock;

import io.agenticapi.aws.ClientSettings;
import io.agenticapi.local.model.ModelClient;
import io.agenticapi.local.model.ModelException;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelSettings;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.local.model.RetryPolicy;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

import java.time.Duration;
import java.util.Locale;

/**
 * A model on Amazon Bedrock through the Converse API with tool use: the agent's prompt is the system prompt,
 * each action-group operation a tool. The SDK's own retries are off so throttling backs off under
 * {@link RetryPolicy} (bounded, with a sleeper tests replace), the same way for every model kind.
 */
public final class BedrockConverseClient implements ModelClient {
    private final BedrockRuntimeClient client;
    private final String modelId;
    private final String region;
    private final RetryPolicy retry;
    private final int maxTokens;

    public BedrockConverseClient(BedrockRuntimeClient client, String modelId, String region, RetryPolicy retry,
                                 int maxTokens) {
        this.client = client;
        this.modelId = modelId;
        this.region = region;
        this.retry = retry;
        this.maxTokens = maxTokens;
    }

    /** A client for the model or inference-profile id, in the settings' region (else the AWS default chain's). */
    public static BedrockConverseClient create(String modelId, ModelSettings settings) {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("bedrock: needs a model or inference-profile id, e.g. "
                    + "bedrock:us.anthropic.claude-haiku-4-5-20251001-v1:0");
        }
        ClientSettings aws = settings.aws();
        String region = aws.region() != null && !aws.region().isBlank() ? aws.region() : defaultRegion(aws.profile());
        try {
            aws.credentialsProvider().resolveCredentials();
        } catch (SdkClientException | IllegalStateException e) {
            throw ModelException.failed("no usable AWS credentials for Bedrock"
                    + (aws.profile() != null ? " (profile '" + aws.profile() + "')" : "") + ": " + e.getMessage()
                    + "; run `aws configure` or `aws sso login`, export AWS_PROFILE, or pass --profile NAME", e);
        }
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .region(Region.of(region))
                .credentialsProvider(aws.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(settings.timeout()))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(settings.timeout()));
        if (aws.endpoint() != null) {
            builder.endpointOverride(aws.endpoint());
        }
        int maxTokens = settings.maxTokens() != null ? settings.maxTokens() : ModelSettings.DEFAULT_BEDROCK_MAX_TOKENS;
        return new BedrockConverseClient(builder.build(), modelId, region, settings.retry(), maxTokens);
    }

    private static String defaultRegion(String profile) {
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion().id();
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("bedrock: no AWS region: pass --region (for example us-east-1), set "
                    + "AWS_REGION, or give the profile a region");
        }
    }

    @Override
    public ModelTurn next(ModelRequest request) {
        return retry.call(name(), () -> ConverseMapping.turn(request, converse(request), maxTokens));
    }

    private ConverseResponse converse(ModelRequest request) {
        try {
            return client.converse(ConverseMapping.request(modelId, request, maxTokens));
        } catch (ThrottlingException e) {
            throw ModelException.throttled("Bedrock throttled " + modelId + " in " + region + " ("
                    + message(e) + "); if it persists, ask for a higher quota (Service Quotas, Amazon Bedrock, "
                    + "on-demand requests/tokens per minute for the model) or use a cross-region inference "
                    + "profile (us./eu./global. prefix)", null);
        } catch (ServiceUnavailableException | ModelNotReadyException | ModelTimeoutException e) {
            throw ModelException.unavailable("Bedrock model " + modelId + " is unavailable (" + e.getClass()
                    .getSimpleName() + ": " + message(e) + ")", e);
        } catch (AccessDeniedException e) {
            throw ModelException.failed("Bedrock denied access to " + modelId + " in " + region + ": " + message(e)
                    + "; enable the model in the Bedrock console (Model access) and allow bedrock:InvokeModel on "
                    + "it (and on the inference profile) for your credentials", e);
        } catch (ResourceNotFoundException e) {
            throw ModelException.failed("Bedrock has no model " + modelId + " in " + region + ": " + message(e)
                    + "; list them with `aws bedrock list-foundation-models` and `aws bedrock "
                    + "list-inference-profiles`", e);
        } catch (ValidationException e) {
            String text = message(e);
            String hint = text.toLowerCase(Locale.ROOT).contains("on-demand throughput")
                    ? "; this model needs an inference profile: use its id with a region prefix, e.g. bedrock:us."
                    + modelId : "";
            throw ModelException.failed("Bedrock rejected the request for " + modelId + ": " + text + hint, e);
        } catch (AwsServiceException e) {
            if (e.statusCode() == 429) {
                throw ModelException.throttled("Bedrock throttled " + modelId + " (" + message(e) + ")", null);
            }
            if (e.statusCode() >= 500) {
                throw ModelException.unavailable("Bedrock failed (" + e.statusCode() + ": " + message(e) + ")", e);
            }
            throw ModelException.failed("Bedrock refused the call for " + modelId + " (" + e.statusCode() + ": "
                    + message(e) + ")", e);
        } catch (SdkClientException e) {
            throw ModelException.failed("cannot call Bedrock in " + region + ": " + e.getMessage(), e);
        }
    }

    private static String message(AwsServiceException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
    }

    @Override
    public String name() {
        return "bedrock:" + modelId;
    }

    @Override
    public void close() {
        client.close();
    }
}
