package org.awpt.bootstrap.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The health and metrics endpoint, on 127.0.0.1 only (put a reverse proxy in front to expose it):
 * {@code GET /healthz} answers 200 when every readiness check is up and 503 naming those down;
 * {@code GET /metrics} answers the Prometheus text format.
 */
public final class HealthServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private HealthServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port   the TCP port; 0 picks a free one
     * @param checks what must be up for {@code /healthz} to answer 200
     */
    public static HealthServer start(int port, PrometheusMeterRegistry registry, List<ReadinessCheck> checks) {
        Objects.requireNonNull(registry, "registry");
        List<ReadinessCheck> all = List.copyOf(checks);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " for /healthz and /metrics"
                    + " (is the port taken? set health.port or AWPT_HEALTH_PORT, or health.enabled false)", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "awpt-health");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/healthz", exchange -> health(exchange, all));
        server.createContext("/metrics", exchange -> send(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.start();
        return new HealthServer(server, executor);
    }

    private static void health(HttpExchange exchange, List<ReadinessCheck> checks) throws IOException {
        StringBuilder body = new StringBuilder();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            boolean up = check.isReady();
            ready &= up;
            body.append(check.name()).append(": ").append(up ? "up" : "down").append('\n');
        }
        send(exchange, ready ? 200 : 503, "text/plain; charset=utf-8", (ready ? "ready\n" : "not ready\n") + body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
