package io.agenticapi.services.ports;

import java.util.Optional;

/**
 * Where generated code and its JSON sidecar live: S3 on AWS, a folder locally. Keys are the same in both:
 * {@code generated/<api>/<yyyy>/<mm>/<dd>/<timestamp>-<id>.py} and the sidecar beside it with {@code .json}.
 */
public interface CodeStore {
    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /** Where this store keeps objects, for messages (a folder path or s3://bucket). */
    String location();
}
