package io.agenticapi.cli;

import io.agenticapi.services.local.LocalFolderCodeStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that run code. */
public final class StripeOptions {
    @Option(names = "--stripe", defaultValue = "offline", paramLabel = "offline|stripe",
            description = "Where Stripe calls go: offline (an in-process Stripe sandbox, default) or stripe "
                    + "(Stripe's test mode, needs STRIPE_API_KEY=sk_test_...; live keys are refused).")
    String stripe;

    @Option(names = "--code-store", paramLabel = "DIR",
            description = "Folder of the local code store (default: $AGENTIC_CODE_STORE_DIR or "
                    + "~/.agentic-api-developer/code-store).")
    Path codeStore;

    @Option(names = "--json", description = "Print one JSON document instead of the readable report.")
    boolean json;

    LocalFolderCodeStore store() {
        return new LocalFolderCodeStore(codeStore != null ? codeStore : LocalFolderCodeStore.defaultRoot());
    }
}
