package org.awpt.adapters.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * The health and metrics endpoint, on 127.0.0.1 only (put a reverse proxy in front to expose it):
 * {@code GET /healthz} answers 200 when every readiness check is up and 503 naming those down;
 * {@code GET /metrics} answers the Prometheus text format.
 */
public final class HealthServer implements AutoCloseable {
    private final Javalin app;

    private HealthServer(Javalin app) {
        this.app = app;
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
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        Javalin app = Javalin.create(config -> {
            WebDefaults.apply(config);
            config.jetty.host = loopback;
            config.jetty.port = port;
            config.routes.get("/healthz", ctx -> health(ctx, all));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(registry.scrape()));
        });
        return new HealthServer(WebDefaults.start(app, loopback + ":" + port
                + " for /healthz and /metrics (set health.port or AWPT_HEALTH_PORT, or health.enabled false)"));
    }

    private static void health(Context ctx, List<ReadinessCheck> checks) {
        StringBuilder body = new StringBuilder();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            boolean up = check.isReady();
            ready &= up;
            body.append(check.name()).append(": ").append(up ? "up" : "down").append('\n');
        }
        ctx.status(ready ? 200 : 503).contentType("text/plain; charset=utf-8")
                .result((ready ? "ready\n" : "not ready\n") + body);
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** Stops listening. */
    @Override
    public void close() {
        app.stop();
    }
}
