package io.agenticapi.services;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.contract.ActionHandler;
import io.agenticapi.contract.ActionResult;
import io.agenticapi.contract.Arguments;
import io.agenticapi.sandbox.Finding;
import io.agenticapi.sandbox.PolicyReport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ports.CodeStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** validate_code: the static security policy over the code's AST. Nothing runs. */
public final class ValidateCodeService {
    public static final String ACTION_GROUP = "validate_code";

    private final CodeStore store;
    private final PythonSandbox python;
    private final Clock clock;

    public ValidateCodeService(CodeStore store, PythonSandbox python, Clock clock) {
        this.store = store;
        this.python = python;
        this.clock = clock;
    }

    public ActionGroupRouter router() {
        return ActionGroupRouter.forSchema(ActionGroupSchema.load(ACTION_GROUP))
                .on("validateCode", this::validateCode)
                .build();
    }

    ActionResult validateCode(Arguments args, ActionHandler.Invocation invocation) {
        CodeSource source = CodeSource.from(args, store);
        PolicyReport report = python.analyze(source.code());
        Map<String, Object> body = body(report, source.codeKey());
        if (source.stored()) {
            new Sidecars(store).record(source.codeKey(), "validation", body, clock.instant());
        }
        return ActionResult.ok(body);
    }

    public static Map<String, Object> body(PolicyReport report, String codeKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", report.verdict());
        body.put("syntax", report.syntax());
        body.put("findings", report.findings().stream().map(ValidateCodeService::finding).toList());
        body.put("api_calls", report.apiCalls());
        if (codeKey != null) {
            body.put("code_key", codeKey);
        }
        return body;
    }

    /** A finding as the schema names it ({rule, severity, line, col, message, snippet}). */
    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity());
        m.put("line", f.line());
        m.put("col", f.column());
        m.put("message", f.message());
        m.put("snippet", f.snippet());
        return m;
    }
}
