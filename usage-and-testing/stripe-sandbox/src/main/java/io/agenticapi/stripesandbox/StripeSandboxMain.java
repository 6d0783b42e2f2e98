package io.agenticapi.stripesandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the offline Stripe sandbox standalone: {@code --port 12111} (default), {@code --host 127.0.0.1} (default),
 * {@code --quiet} to drop the request log. Prints the base URL and serves until killed.
 */
public final class StripeSandboxMain {

    private StripeSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = StripeSandboxServer.DEFAULT_PORT;
        String host = "127.0.0.1";
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--host" -> host = value(args, ++i, "--host");
                case "--quiet" -> quiet = true;
                case "-h", "--help" -> {
                    System.out.println("usage: StripeSandboxMain [--port 12111] [--host 127.0.0.1] [--quiet]");
                    return;
                }
                default -> fail("unknown argument: " + args[i]);
            }
        }
        boolean log = !quiet;
        StripeSandboxServer server = StripeSandboxServer.start(host, port, line -> {
            if (log) {
                System.out.println(line);
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println(server.baseUrl());
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            fail(flag + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                fail("--port must be between 0 and 65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a number, got " + text);
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
