package io.agenticapi.cli;

import io.agenticapi.sandbox.Finding;
import io.agenticapi.sandbox.PolicyReport;
import io.agenticapi.sandbox.PythonSandbox;
import io.agenticapi.services.ValidateCodeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a Python script against the sandbox's security policy (nothing runs).",
                "Exit 0 when allowed, 1 when blocked or invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.py", description = "The script, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print the validate_code result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        String code = Sources.read(file);
        PolicyReport report = PythonSandbox.shared().analyze(code);
        if (json) {
            System.out.println(Json.pretty(ValidateCodeService.body(report, null)));
        } else {
            System.out.println("verdict: " + report.verdict());
            if (!report.syntax().valid()) {
                System.out.println("syntax error at line " + report.syntax().line() + ": " + report.syntax().message());
            }
            for (Finding f : report.findings()) {
                System.out.printf("  %-7s %s line %d col %d: %s%n      %s%n", f.severity(), f.rule(), f.line(),
                        f.column(), f.message(), f.snippet());
            }
            report.apiCalls().forEach(c -> System.out.printf("  api call line %d: %s.%s (%s)%n", c.line(),
                    c.resource(), c.method(), c.access()));
        }
        return report.allowed() ? 0 : 1;
    }
}
