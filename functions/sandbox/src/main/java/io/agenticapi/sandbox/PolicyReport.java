package io.agenticapi.sandbox;

import java.util.List;

/**
 * Outcome of the static policy.
 *
 * @param verdict  "allowed", "blocked" or "invalid" (syntax error)
 * @param syntax   the syntax check the analysis started with
 * @param findings every finding, blocking or not
 * @param apiCalls API calls found statically
 */
public record PolicyReport(String verdict, SyntaxCheck syntax, List<Finding> findings, List<ApiCallSite> apiCalls) {

    public static final String ALLOWED = "allowed";
    public static final String BLOCKED = "blocked";
    public static final String INVALID = "invalid";

    public PolicyReport {
        findings = List.copyOf(findings);
        apiCalls = List.copyOf(apiCalls);
    }

    public boolean allowed() {
        return ALLOWED.equals(verdict);
    }

    public List<Finding> blockingFindings() {
        return findings.stream().filter(Finding::blocking).toList();
    }
}
