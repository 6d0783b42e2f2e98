package io.agenticapi.local;

/**
 * An action group's executor as the agent runtime sees it: a serialized Bedrock event in, a serialized response
 * out. Locally it is the real handler's router, so the whole contract is exercised on every call.
 */
@FunctionalInterface
public interface LambdaEndpoint {
    String invoke(String eventJson);
}
