package io.agenticapi.sandbox;

import java.util.List;

/**
 * Outcome of one run. Every string is already redacted.
 *
 * @param status     "success", "error", "blocked" or "timeout"
 * @param stdout     captured standard output (capped)
 * @param stderr     captured standard error (capped)
 * @param error      what went wrong (null on success)
 * @param durationMs wall-clock duration of the run
 * @param apiCalls   every API request the code made, in order
 */
public record ExecutionResult(String status, String stdout, String stderr, ErrorInfo error, long durationMs,
                              List<ApiCall> apiCalls) {

    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String BLOCKED = "blocked";
    public static final String TIMEOUT = "timeout";

    public ExecutionResult {
        apiCalls = List.copyOf(apiCalls);
    }

    public boolean succeeded() {
        return SUCCESS.equals(status);
    }
}
