package org.awpt.adapters.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Objects;

/**
 * The storefront webhook listener: {@code POST /webhooks/{provider}} (and
 * {@code /webhooks/{provider}/{product}}, for storefronts whose webhook URL is set per product) for
 * each configured storefront; any other path is 404. Meant to sit behind a reverse proxy that ends TLS.
 */
public final class WebhookServer implements AutoCloseable {
    private final Javalin app;

    private WebhookServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts listening.
     *
     * @param host     the address to bind ({@code 127.0.0.1} behind a local proxy)
     * @param port     the TCP port; 0 picks a free one
     * @param webhooks the configured storefronts
     * @param handler  what answers them
     */
    public static WebhookServer start(String host, int port, List<StorefrontWebhook> webhooks,
            StorefrontWebhooks handler) {
        Objects.requireNonNull(handler, "handler");
        List<StorefrontWebhook> all = List.copyOf(webhooks);
        Javalin app = Javalin.create(config -> {
            WebDefaults.apply(config);
            config.http.maxRequestSize = StorefrontWebhooks.MAX_BODY;
            config.jetty.host = host;
            config.jetty.port = port;
            for (StorefrontWebhook webhook : all) {
                config.routes.post("/webhooks/" + webhook.name(), ctx -> handler.handle(ctx, webhook));
                config.routes.post("/webhooks/" + webhook.name() + "/{product}", ctx -> handler.handle(ctx, webhook));
            }
        });
        return new WebhookServer(WebDefaults.start(app, host + ":" + port + " for " + StorefrontWebhooks.paths(all)));
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
