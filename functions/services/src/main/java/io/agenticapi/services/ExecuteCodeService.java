package io.agenticapi.services;

import io.agenticapi.contract.ActionException;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.contract.ActionHandler;
import io.agenticapi.contract.ActionResult;
import io.agenticapi.contract.Arguments;
import io.agenticapi.sandbox.ApiTransport;
import io.agenticapi.sandbox.ErrorInfo;
import io.agenticapi.sandbox.ExecutionRequest;
import io.agenticapi.sandbox.ExecutionResult;
import io.agenticapi.sandbox.PolicyReport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.SecretRedactor;
import io.agenticapi.services.ports.CodeStore;
import io.agenticapi.services.ports.SecretSource;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * execute_code: validates the code again (never trust the caller to have done it), then runs it in a fresh
 * sandbox context. The real API key comes from the SecretSource and only ever reaches the host-side bridge.
 */
public final class ExecuteCodeService {
    public static final String ACTION_GROUP = "execute_code";

    private final CodeStore store;
    private final PythonSandbox python;
    private final SecretSource secrets;
    private final ApiTransport transport;
    private final Clock clock;

    public ExecuteCodeService(CodeStore store, PythonSandbox python, SecretSource secrets, ApiTransport transport,
                              Clock clock) {
        this.store = store;
        this.python = python;
        this.secrets = secrets;
        this.transport = transport;
        this.clock = clock;
    }

    public ActionGroupRouter router() {
        return ActionGroupRouter.forSchema(ActionGroupSchema.load(ACTION_GROUP))
                .on("executeCode", this::executeCode)
                .build();
    }

    ActionResult executeCode(Arguments args, ActionHandler.Invocation invocation) {
        CodeSource source = CodeSource.from(args, store);
        String api = CodeKeys.api(args.string("api_name").orElse("stripe"));
        ExecutionResult result = run(source.code(), api);
        Map<String, Object> body = body(result);
        if (source.stored()) {
            new Sidecars(store).record(source.codeKey(), "execution", body, clock.instant());
        }
        if (source.stored()) {
            body.put("code_key", source.codeKey());
        }
        return ActionResult.ok(body);
    }

    /** Validate, then run; a blocked or invalid script never reaches the runner. */
    public ExecutionResult run(String code, String api) {
        PolicyReport report = python.analyze(code);
        if (!report.allowed()) {
            return blocked(report);
        }
        String key = secrets.apiKey(api).orElseThrow(() -> new ActionException(500, "missing_secret",
                "no API key configured for " + api + ": set " + api.toUpperCase() + "_API_KEY locally, or the "
                        + "secret named by AGENTIC_SECRET_ID on AWS"));
        ExecutionResult result = python.execute(code, new ExecutionRequest(api, key, transport, null));
        return redact(result, key);
    }

    static ExecutionResult blocked(PolicyReport report) {
        String reasons = PolicyReport.INVALID.equals(report.verdict())
                ? "syntax error: " + report.syntax().message()
                : report.blockingFindings().stream()
                .map(f -> f.rule() + " at line " + f.line() + ": " + f.message())
                .collect(Collectors.joining("; "));
        Integer line = PolicyReport.INVALID.equals(report.verdict()) ? report.syntax().line()
                : report.blockingFindings().isEmpty() ? null : report.blockingFindings().getFirst().line();
        return new ExecutionResult(ExecutionResult.BLOCKED, "", "",
                new ErrorInfo(PolicyReport.INVALID.equals(report.verdict()) ? "SyntaxError" : "PolicyViolation",
                        reasons, line), 0, List.of());
    }

    /** The sandbox redacts already; this second pass guards what this service adds around it. */
    private static ExecutionResult redact(ExecutionResult r, String key) {
        SecretRedactor redactor = new SecretRedactor(List.of(key));
        ErrorInfo error = r.error() == null ? null
                : new ErrorInfo(r.error().type(), redactor.redact(r.error().message()), r.error().line());
        return new ExecutionResult(r.status(), redactor.redact(r.stdout()), redactor.redact(r.stderr()), error,
                r.durationMs(), r.apiCalls());
    }

    public static Map<String, Object> body(ExecutionResult r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", r.status());
        body.put("stdout", r.stdout());
        body.put("stderr", r.stderr());
        body.put("error", r.error());
        body.put("duration_ms", r.durationMs());
        body.put("api_calls", r.apiCalls().stream().map(c -> {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("method", c.method());
            call.put("path", c.path());
            call.put("status", c.status());
            call.put("duration_ms", c.durationMs());
            call.put("request_id", c.requestId());
            return call;
        }).toList());
        return body;
    }
}
