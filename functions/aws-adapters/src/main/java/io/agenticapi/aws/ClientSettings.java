package io.agenticapi.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/**
 * Where and as whom an AWS client talks: region, named profile, endpoint override (VPC endpoints, test
 * stand-ins) or explicit credentials. Every part may be null: the SDK's default chains fill it in (on Lambda, the
 * AWS_REGION variable and the function's role).
 */
public record ClientSettings(String region, String profile, URI endpoint, AwsCredentialsProvider credentials) {

    public static ClientSettings defaults() {
        return new ClientSettings(null, null, null, null);
    }

    public ClientSettings withRegion(String value) {
        return new ClientSettings(value, profile, endpoint, credentials);
    }

    public ClientSettings withProfile(String value) {
        return new ClientSettings(region, value, endpoint, credentials);
    }

    public ClientSettings withEndpoint(URI value) {
        return new ClientSettings(region, profile, value, credentials);
    }

    public ClientSettings withCredentials(AwsCredentialsProvider value) {
        return new ClientSettings(region, profile, endpoint, value);
    }

    /** The credentials these settings stand for: explicit ones, else the profile, else the default chain. */
    public AwsCredentialsProvider credentialsProvider() {
        if (credentials != null) {
            return credentials;
        }
        if (profile != null && !profile.isBlank()) {
            return ProfileCredentialsProvider.create(profile);
        }
        return DefaultCredentialsProvider.builder().build();
    }

    <B extends AwsClientBuilder<B, ?>> B applyTo(B builder) {
        builder.credentialsProvider(credentialsProvider());
        if (region != null && !region.isBlank()) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }
}
