package io.agenticapi.services;

import io.agenticapi.contract.ActionException;
import io.agenticapi.contract.Arguments;
import io.agenticapi.services.ports.CodeStore;

import java.nio.charset.StandardCharsets;

/** The code an Executor operation works on: by code_key from the store (preferred) or given inline. */
public record CodeSource(String code, String codeKey) {
    /** Inline code larger than this is refused: Bedrock events are small and stored code should be used. */
    static final int MAX_CODE_BYTES = 100_000;

    public static CodeSource from(Arguments args, CodeStore store) {
        var key = args.text("code_key");
        if (key.isPresent()) {
            String codeKey = CodeKeys.requireValid(key.get());
            byte[] bytes = store.get(codeKey).orElseThrow(() -> ActionException.notFound(
                    "no code stored under " + codeKey + " in " + store.location()
                            + "; call generate_code first or pass the code"));
            return new CodeSource(new String(bytes, StandardCharsets.UTF_8), codeKey);
        }
        String code = args.text("code").orElseThrow(() -> ActionException.badRequest(
                "give code_key (preferred) or code"));
        if (code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw ActionException.badRequest("code is larger than " + MAX_CODE_BYTES + " bytes");
        }
        return new CodeSource(code, null);
    }

    public boolean stored() {
        return codeKey != null;
    }
}
