package io.agenticapi.cli;

import io.agenticapi.stripesandbox.StripeSandboxServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "stripe-sandbox", mixinStandardHelpOptions = true,
        description = {"Run the offline Stripe sandbox standalone (like stripe-mock), until interrupted.",
                "Point any Stripe SDK at it with an sk_test_ key."})
final class StripeSandboxCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "12111", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        StripeSandboxServer server = StripeSandboxServer.start("127.0.0.1", port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("offline Stripe sandbox listening at " + server.baseUrl() + " (Ctrl-C to stop)");
        System.out.println("try: curl " + server.baseUrl() + "/v1/customers -u sk_test_123:");
        stopped.await();
        return 0;
    }
}
