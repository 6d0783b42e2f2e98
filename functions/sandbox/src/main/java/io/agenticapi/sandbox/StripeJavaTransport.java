package io.agenticapi.sandbox;

import java.util.Objects;

/** Sends guest API requests with stripe-java's {@code StripeClient.rawRequest} to one base URL. */
public final class StripeJavaTransport implements ApiTransport {

    private final String baseUrl;

    public StripeJavaTransport(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }
}
