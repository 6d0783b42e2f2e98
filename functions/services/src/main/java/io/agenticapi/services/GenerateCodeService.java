package io.agenticapi.services;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.contract.ActionException;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.contract.ActionHandler;
import io.agenticapi.contract.ActionResult;
import io.agenticapi.contract.Arguments;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.SyntaxCheck;
import io.agenticapi.services.ports.CodeStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** generate_code: checks the syntax of the Generator's code and stores it, with its sidecar, in the code store. */
public final class GenerateCodeService {
    public static final String ACTION_GROUP = "generate_code";
    static final int MAX_CODE_BYTES = 100_000;

    private final CodeStore store;
    private final PythonSandbox python;
    private final Clock clock;

    public GenerateCodeService(CodeStore store, PythonSandbox python, Clock clock) {
        this.store = store;
        this.python = python;
        this.clock = clock;
    }

    public ActionGroupRouter router() {
        return ActionGroupRouter.forSchema(ActionGroupSchema.load(ACTION_GROUP))
                .on("generateCode", this::generateCode)
                .build();
    }

    ActionResult generateCode(Arguments args, ActionHandler.Invocation invocation) {
        String code = args.requireString("code");
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_CODE_BYTES) {
            throw ActionException.badRequest("code is " + bytes.length + " bytes; the limit is " + MAX_CODE_BYTES);
        }
        String api = CodeKeys.api(args.string("api_name").orElse("stripe"));
        String previous = args.text("previous_code_key").map(CodeKeys::requireValid).orElse(null);
        SyntaxCheck syntax = python.checkSyntax(code);

        Instant now = clock.instant();
        String key = CodeKeys.newKey(api, now);
        store.put(key, bytes, "text/x-python");

        ObjectNode sidecar = Sidecars.JSON.createObjectNode();
        sidecar.put("code_key", key);
        sidecar.put("api_name", api);
        sidecar.put("request", args.requireString("task_description"));
        sidecar.put("created_at", now.toString());
        sidecar.put("session_id", invocation.sessionId());
        if (invocation.agent() != null) {
            sidecar.set("agent", Sidecars.JSON.valueToTree(invocation.agent()));
        }
        if (invocation.sessionAttributes() != null && invocation.sessionAttributes().get("model") != null) {
            sidecar.put("model", invocation.sessionAttributes().get("model"));
        }
        if (previous != null) {
            sidecar.put("previous_code_key", previous);
        }
        sidecar.set("syntax", Sidecars.JSON.valueToTree(syntax));
        new Sidecars(store).write(key, sidecar);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code_key", key);
        body.put("sidecar_key", CodeKeys.sidecarOf(key));
        body.put("api_name", api);
        body.put("syntax", syntax);
        body.put("bytes", bytes.length);
        if (!syntax.valid()) {
            body.put("message", "stored, but the code has a syntax error: fix it and call generate_code again");
        }
        return ActionResult.ok(body);
    }
}
