package io.agenticapi.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.sandbox.ExecutionRequest;
import io.agenticapi.sandbox.ExecutionResult;
import io.agenticapi.sandbox.PythonSandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Main class of the fresh JVM {@code debug-trace bench} starts: runs one trivial script exactly as the first
 * request of a new execute_code process would (shared sandbox, no warm-up) and prints one JSON line with the time
 * from the process start to the script's result, and the process's peak RSS.
 */
public final class ColdStartProbe {

    static final String SCRIPT = "print('cold start')";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        ExecutionResult result = PythonSandbox.shared().execute(SCRIPT, ExecutionRequest.offline());
        long now = System.currentTimeMillis();
        long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("first_execution_ms", now - started);
        line.put("status", result.status());
        line.put("stdout", result.stdout());
        line.put("peak_rss_mb", ProcessMemory.peakRssMb());
        System.out.println(new ObjectMapper().writeValueAsString(line));
        System.out.flush();
        System.exit(0); // the measurement is taken (exit, not halt: JVM options such as AOT cache output act at exit)
    }
}
