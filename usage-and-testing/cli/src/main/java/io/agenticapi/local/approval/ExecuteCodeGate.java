package io.agenticapi.local.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.local.LambdaEndpoint;
import io.agenticapi.sandbox.ApiCallSite;
import io.agenticapi.sandbox.PolicyReport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.CodeKeys;
import io.agenticapi.services.Sidecars;
import io.agenticapi.services.ports.CodeStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local runtime's approval step in front of execute_code (the service itself stays as on AWS): the code's
 * statically found API calls are read; when any writes, the {@link WriteApproval} decides before anything runs.
 * Refused: a 403 envelope {error: write_refused | approval_required, message} and the code does not run. The
 * {@link WriteGuardTransport} then lets writes through only during an approved run. Decisions are recorded in
 * the stored code's sidecar under "approval".
 */
public final class ExecuteCodeGate implements LambdaEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaEndpoint target;
    private final WriteGuardTransport guard;
    private final CodeStore store;
    private final PythonSandbox python;
    private final WriteApproval approval;
    private final Clock clock;

    public ExecuteCodeGate(LambdaEndpoint target, WriteGuardTransport guard, CodeStore store, PythonSandbox python,
                           WriteApproval approval, Clock clock) {
        this.target = target;
        this.guard = guard;
        this.store = store;
        this.python = python;
        this.approval = approval;
        this.clock = clock;
    }

    @Override
    public synchronized String invoke(String eventJson) {
        ActionGroupEvent event;
        try {
            event = JSON.readValue(eventJson, ActionGroupEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return runReadOnly(eventJson); // the handler answers the malformed event with a 400
        }
        String codeKey = argument(event, "code_key").filter(k -> CodeKeys.KEY.matcher(k.strip()).matches())
                .map(String::strip).orElse(null);
        Optional<String> code = codeKey != null
                ? store.get(codeKey).map(b -> new String(b, StandardCharsets.UTF_8))
                : argument(event, "code");
        if (code.isEmpty()) {
            return runReadOnly(eventJson); // the handler answers with its 400 or 404
        }
        PolicyReport report = python.analyze(code.get());
        List<ApiCallSite> writes = report.allowed()
                ? report.apiCalls().stream().filter(c -> "write".equals(c.access())).toList() : List.of();
        if (writes.isEmpty()) {
            return runReadOnly(eventJson); // reads only, or blocked code the handler will refuse to run
        }
        String what = "execute_code on " + (codeKey != null ? codeKey : "the given code");
        List<String> lines = writes.stream()
                .map(c -> c.api() + "." + c.resource() + "." + c.method() + " at line " + c.line()).toList();
        Decision decision = approval.decide(new ApprovalRequest(what, lines));
        record(codeKey, decision, lines);
        if (!decision.approved()) {
            return ActionGroupRouter.toJson(ActionGroupRouter.error(event, 403, decision.error(), decision.message()));
        }
        guard.allowWrites(true);
        try {
            return target.invoke(eventJson);
        } finally {
            guard.allowWrites(false);
        }
    }

    private String runReadOnly(String eventJson) {
        guard.allowWrites(false);
        return target.invoke(eventJson);
    }

    private void record(String codeKey, Decision decision, List<String> writes) {
        if (codeKey == null) {
            return;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("approved", decision.approved());
        if (!decision.approved()) {
            section.put("error", decision.error());
            section.put("message", decision.message());
        }
        section.put("writes", writes);
        new Sidecars(store).record(codeKey, "approval", section, clock.instant());
    }

    private static Optional<String> argument(ActionGroupEvent event, String name) {
        return Stream.concat(event.bodyProperties().stream(), event.parametersOrEmpty().stream())
                .filter(p -> name.equals(p.name()) && p.value() != null && !p.value().isBlank())
                .map(ActionGroupEvent.Parameter::value)
                .findFirst();
    }
}
