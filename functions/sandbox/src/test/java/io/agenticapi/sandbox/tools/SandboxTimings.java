package io.agenticapi.sandbox.tools;

import io.agenticapi.sandbox.ExecutionRequest;
import io.agenticapi.sandbox.ExecutionResult;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.sandbox.SandboxSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints the sandbox's timings on this machine (not a test: timings make poor assertions). Run in a fresh JVM:
 * {@code java -cp <test classpath> io.agenticapi.sandbox.tools.SandboxTimings}.
 */
public final class SandboxTimings {

    private static final String SCRIPT = """
            import os, json, stripe
            stripe.api_key = os.environ["STRIPE_API_KEY"]
            try:
                customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com", metadata={"k": "v"})
            except stripe.error.APIConnectionError as e:
                print(json.dumps({"error": type(e).__name__}))
            """;

    private SandboxTimings() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (PythonSandbox sandbox = PythonSandbox.create(SandboxSettings.defaults())) {
            ExecutionResult first = sandbox.execute("print('hello')", ExecutionRequest.offline());
            System.out.printf("cold first execution (new JVM, no warmUp): %d ms (%s)%n", millis(start), first.status());

            long warm = System.nanoTime();
            sandbox.warmUp();
            System.out.printf("warmUp after that: %d ms%n", millis(warm));

            List<Long> spaced = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                while (sandbox.pooledContexts() < sandbox.settings().poolSize()) {
                    Thread.sleep(5); // like requests arriving apart: wait until the pool has refilled
                }
                long t = System.nanoTime();
                ExecutionResult result = sandbox.execute(SCRIPT, ExecutionRequest.offline());
                spaced.add(millis(t));
                if (!result.succeeded()) {
                    throw new IllegalStateException(result.toString());
                }
            }
            List<Long> burst = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                sandbox.execute(SCRIPT, ExecutionRequest.offline());
                burst.add(millis(t));
            }
            String fifty = fiftyLines();
            List<Long> analyze = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long t = System.nanoTime();
                sandbox.analyze(fifty);
                analyze.add(millis(t));
            }
            System.out.printf("warm execute (pool refilled between runs): p50 %d ms, p90 %d ms%n", p(spaced, 50),
                    p(spaced, 90));
            System.out.printf("warm execute (back to back, refill competing): p50 %d ms, p90 %d ms%n",
                    p(burst, 50), p(burst, 90));
            System.out.printf("analyze of a %d-line script: p50 %d ms, p90 %d ms%n", fifty.split("\n").length,
                    p(analyze, 50), p(analyze, 90));
        }
    }

    private static String fiftyLines() {
        StringBuilder code = new StringBuilder("import os\nimport stripe\nstripe.api_key = os.environ['STRIPE_API_KEY']\n");
        for (int i = 0; code.toString().split("\n").length < 50; i++) {
            code.append("customer_").append(i).append(" = stripe.Customer.create(name=f\"user {")
                    .append(i).append("}\", metadata={\"n\": \"").append(i).append("\"})\n")
                    .append("print(customer_").append(i).append(".id, type(customer_").append(i)
                    .append(").__name__)\n");
        }
        return code.toString();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long p(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }
}
