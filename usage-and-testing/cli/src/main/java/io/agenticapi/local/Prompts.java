package io.agenticapi.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The agents' instructions, from prompts/ (packaged on the classpath): the same text Terraform gives Bedrock. */
public final class Prompts {
    private Prompts() {
    }

    public static String load(String agent) {
        String resource = "prompts/" + agent + ".txt";
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
