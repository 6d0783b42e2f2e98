package io.agenticapi.aws;

import io.agenticapi.services.ports.CodeStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Objects;
import java.util.Optional;

/**
 * The code store in an S3 bucket, with the same keys as the local folder. The bucket encrypts by default
 * (SSE-S3) and its policy asks for nothing but TLS, so a put needs no extra headers.
 */
public final class S3CodeStore implements CodeStore {
    private final S3Client s3;
    private final String bucket;

    public S3CodeStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("the code store needs a bucket name (AGENTIC_CODE_STORE_BUCKET)");
        }
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        try {
            s3.putObject(PutObjectRequest.builder()
                    .bucket(bucket)
                    .key(key)
                    .contentType(contentType)
                    .build(), RequestBody.fromBytes(content));
        } catch (S3Exception e) {
            throw new IllegalStateException("cannot store " + uri(key) + ": " + describe(e), e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build())
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // without s3:ListBucket (the functions' roles have none) S3 answers 403 AccessDenied, not 404, for a
            // missing key; other 403s (bad signature, unknown access key) stay errors
            if (e.statusCode() == 404 || e.statusCode() == 403 && "AccessDenied".equals(errorCode(e))) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot read " + uri(key) + ": " + describe(e), e);
        }
    }

    @Override
    public String location() {
        return "s3://" + bucket;
    }

    private String uri(String key) {
        return location() + "/" + key;
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() : null;
    }

    private static String describe(S3Exception e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                ? e.awsErrorDetails().errorCode() + " (HTTP " + e.statusCode() + "): " + e.awsErrorDetails().errorMessage()
                : e.getMessage();
    }
}
