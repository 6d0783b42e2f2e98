package io.agenticapi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax check and static policy, computed by the Python walker (policy.py) in one long-lived guest context.
 * The untrusted code is handed over as a string and only parsed there, never run. Calls are serialized: one
 * context, one thread at a time.
 */
final class PolicyAnalyzer implements AutoCloseable {

    /** Larger scripts are refused before parsing: generated scripts are a few hundred lines at most. */
    static final int MAX_CODE_CHARS = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Context context;
    private final Value analyze;
    private final Value checkSyntax;

    PolicyAnalyzer(SandboxEngine engine) {
        this.context = engine.analyzerContext();
        GuestSources sources = GuestSources.get();
        context.eval(sources.policy);
        Value bindings = context.getBindings(GuestSources.PYTHON);
        bindings.getMember("load_table").execute(sources.stripeTable);
        this.analyze = bindings.getMember("analyze");
        this.checkSyntax = bindings.getMember("check_syntax");
    }

    synchronized SyntaxCheck checkSyntax(String code) {
        if (code.length() > MAX_CODE_CHARS) {
            return tooLarge(code);
        }
        return syntax(parse(checkSyntax.execute(code).asString()));
    }

    synchronized PolicyReport analyze(String code) {
        if (code.length() > MAX_CODE_CHARS) {
            return new PolicyReport(PolicyReport.INVALID, tooLarge(code), List.of(), List.of());
        }
        JsonNode result = parse(analyze.execute(code).asString());
        SyntaxCheck syntax = syntax(result.get("syntax"));
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            findings.add(new Finding(f.path("rule").asText(), f.path("severity").asText(), f.path("line").asInt(),
                    f.path("column").asInt(), f.path("message").asText(), f.path("snippet").asText()));
        }
        List<ApiCallSite> calls = new ArrayList<>();
        for (JsonNode c : result.path("apiCalls")) {
            calls.add(new ApiCallSite(c.path("api").asText(), c.path("resource").asText(),
                    c.path("method").asText(), c.path("access").asText(), c.path("line").asInt()));
        }
        String verdict = !syntax.valid() ? PolicyReport.INVALID
                : findings.stream().anyMatch(Finding::blocking) ? PolicyReport.BLOCKED : PolicyReport.ALLOWED;
        return new PolicyReport(verdict, syntax, findings, calls);
    }

    private static SyntaxCheck tooLarge(String code) {
        return SyntaxCheck.error("the script is too large (" + code.length() + " characters, at most "
                + MAX_CODE_CHARS + ")", null, null);
    }

    private static SyntaxCheck syntax(JsonNode node) {
        if (node.path("valid").asBoolean()) {
            return SyntaxCheck.ok();
        }
        return SyntaxCheck.error(node.path("message").asText("invalid syntax"), integer(node.get("line")),
                integer(node.get("column")));
    }

    private static Integer integer(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("the policy walker returned malformed JSON", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            context.close();
        } catch (RuntimeException ignored) {
            // already closed
        }
    }
}
