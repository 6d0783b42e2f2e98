package io.agenticapi.lambda.generatecode;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.agenticapi.contract.ActionGroupRouter;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The generate-code Lambda: raw Bedrock event in, envelope out. A stream handler so that even a malformed event reaches our
 * router (and gets a 400 envelope) instead of failing in the runtime's deserializer.
 */
@Named("generate-code")
public class GenerateCodeLambda implements RequestStreamHandler {
    /** Resolved on the first request, not at static init, so runtime configuration (env, tests) applies. */
    @Inject
    Instance<ActionGroupRouter> router;

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        router.get().handleStream(input, output);
    }
}
