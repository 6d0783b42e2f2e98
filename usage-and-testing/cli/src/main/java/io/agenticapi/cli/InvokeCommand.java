package io.agenticapi.cli;

import io.agenticapi.contract.ActionGroupResponse;
import io.agenticapi.local.LocalSystem;
import io.agenticapi.local.offline.OfflineModelClient;
import io.agenticapi.sandbox.PythonSandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = {"Run one Lambda's handler locally on a Bedrock event and print the response envelope exactly "
                + "as Bedrock would receive it (the local twin of invoking the deployed function).",
                "invoke_generator / invoke_executor run their sub-agent locally with the offline model; its trace "
                        + "goes to standard error.",
                "execute_code (also inside invoke_executor) asks before code that writes runs, as `local` does "
                        + "(--approve).",
                "Exit 0 for a 2xx envelope, 1 for 4xx/5xx."})
final class InvokeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FUNCTION",
            description = "generate_code, validate_code, execute_code, invoke_generator or invoke_executor.")
    String function;

    @Parameters(index = "1", paramLabel = "EVENT.json", description = "The Bedrock event, or - for standard input.")
    String eventFile;

    @Mixin
    StripeOptions options;

    @Mixin
    ApprovalOptions approval;

    @Override
    public Integer call() throws Exception {
        String name = function.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!LocalSystem.FUNCTIONS.contains(name)) {
            throw new UsageException("unknown function '" + function + "'; one of " + LocalSystem.FUNCTIONS);
        }
        String event = Sources.read(eventFile);
        try (ApiTarget target = ApiTarget.open(options.stripe)) {
            TracePrinter printer = new TracePrinter(System.err, false);
            LocalSystem system = new LocalSystem(OfflineModelClient.load(), options.store(), target.secrets(),
                    target.transport(), PythonSandbox.shared(), printer::print, LocalSystem.Limits.DEFAULT,
                    approval.policy(options.stripe));
            String envelope = system.endpoint(name).invoke(event);
            System.out.println(envelope);
            ActionGroupResponse response = Json.MAPPER.readValue(envelope, ActionGroupResponse.class);
            return response.statusCode() < 400 ? 0 : 1;
        }
    }
}
