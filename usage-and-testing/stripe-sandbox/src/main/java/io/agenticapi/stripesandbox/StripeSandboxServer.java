package io.agenticapi.stripesandbox;

import com.sun.net.httpserver.HttpServer;
import io.agenticapi.stripesandbox.api.SandboxApi;
import io.agenticapi.stripesandbox.catalog.RouteCatalog;
import io.agenticapi.stripesandbox.http.SandboxHttpHandler;
import io.agenticapi.stripesandbox.state.Fixtures;
import io.agenticapi.stripesandbox.state.SandboxState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * An offline Stripe: an in-process HTTP server that answers like Stripe's API in test mode (sk_test_ keys only),
 * so stripe-python and stripe-java code runs against it without a network. State lives in this instance.
 *
 * <pre>{@code
 * try (StripeSandboxServer stripe = StripeSandboxServer.start(0)) {
 *     StripeClient client = StripeClient.builder().setApiKey("sk_test_123").setApiBase(stripe.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 */
public final class StripeSandboxServer implements AutoCloseable {

    /** stripe-mock's port, kept for familiarity. */
    public static final int DEFAULT_PORT = 12111;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxHttpHandler handler;
    private final String host;

    private StripeSandboxServer(HttpServer server, ExecutorService executor, SandboxHttpHandler handler, String host) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.host = host;
    }

    /** Starts on 127.0.0.1; port 0 picks a free port. */
    public static StripeSandboxServer start(int port) {
        return start("127.0.0.1", port);
    }

    public static StripeSandboxServer start(String host, int port) {
        return start(host, port, line -> { });
    }

    /** Starts with a request log (one line per request: id, method, path, status, time). */
    public static StripeSandboxServer start(String host, int port, Consumer<String> requestLog) {
        SandboxState state = new SandboxState(Fixtures.loadDefault(), Clock.systemUTC());
        SandboxHttpHandler handler = new SandboxHttpHandler(new SandboxApi(RouteCatalog.loadDefault(), state),
                requestLog);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return new StripeSandboxServer(server, executor, handler, host);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start the Stripe sandbox on " + host + ":" + port, e);
        }
    }

    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Forgets every object and idempotency key. */
    public void reset() {
        handler.reset();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
