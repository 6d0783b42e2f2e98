package io.agenticapi.cli;

import io.agenticapi.sandbox.ExecutionResult;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ExecuteCodeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "execute", mixinStandardHelpOptions = true,
        description = {"Validate a Python script, then run it in the sandbox against Stripe (offline by default).",
                "The script reads the key from STRIPE_API_KEY; it only ever sees a placeholder.",
                "Exit 0 on success, 1 on error, blocked or timeout."})
final class ExecuteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.py", description = "The script, or - for standard input.")
    String file;

    @Mixin
    StripeOptions options;

    @Override
    public Integer call() {
        try (ApiTarget target = ApiTarget.open(options.stripe)) { // options first: a usage error never waits on stdin
            String code = Sources.read(file);
            ExecuteCodeService service = new ExecuteCodeService(options.store(), PythonSandbox.shared(),
                    target.secrets(), target.transport(), Clock.systemUTC());
            ExecutionResult result = service.run(code, "stripe");
            if (options.json) {
                System.out.println(Json.pretty(ExecuteCodeService.body(result)));
            } else {
                print(result, target.description());
            }
            return result.succeeded() ? 0 : 1;
        }
    }

    static void print(ExecutionResult result, String target) {
        System.out.println("status: " + result.status() + "  (" + result.durationMs() + " ms, " + target + ")");
        if (!result.stdout().isEmpty()) {
            System.out.println("--- stdout ---");
            System.out.print(result.stdout().endsWith("\n") ? result.stdout() : result.stdout() + "\n");
        }
        if (!result.stderr().isEmpty()) {
            System.out.println("--- stderr ---");
            System.out.print(result.stderr().endsWith("\n") ? result.stderr() : result.stderr() + "\n");
        }
        if (result.error() != null) {
            System.out.println("error: " + result.error().type() + ": " + result.error().message()
                    + (result.error().line() != null ? " (line " + result.error().line() + ")" : ""));
        }
        result.apiCalls().forEach(c -> System.out.printf("api: %s %s -> %d in %d ms%s%n", c.method(), c.path(),
                c.status(), c.durationMs(), c.requestId() != null ? " [" + c.requestId() + "]" : ""));
    }
}
