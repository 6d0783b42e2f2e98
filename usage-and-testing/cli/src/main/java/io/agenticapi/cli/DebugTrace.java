package io.agenticapi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The debug-trace CLI: run requests through the agents locally, check and run scripts, invoke handlers. */
@Command(name = "debug-trace", mixinStandardHelpOptions = true, version = "debug-trace 0.1.0",
        description = {"Drive the agentic-api-developer agents and their Lambda handlers.",
                "Exit codes: 0 success, 1 the request failed or was blocked, 2 usage error."},
        subcommands = {LocalCommand.class, ValidateCommand.class, ExecuteCommand.class, InvokeCommand.class,
                io.agenticapi.cli.aws.AwsCommand.class, io.agenticapi.cli.bench.BenchCommand.class,
                StripeSandboxCommand.class, CommandLine.HelpCommand.class})
public final class DebugTrace implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held so the JUL level sticks: the handlers' per-call INFO lines are for CloudWatch, not the terminal. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("io.agenticapi");

    public static void main(String[] args) {
        QUIET.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new DebugTrace());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                commandLine.getErr().println("debug-trace: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("debug-trace: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "give a command: local, validate, execute, invoke, aws, bench or stripe-sandbox (see --help)");
    }
}
