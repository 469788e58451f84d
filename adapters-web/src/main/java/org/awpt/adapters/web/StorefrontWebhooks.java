package org.awpt.adapters.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.awpt.application.storefront.StorefrontDelivery;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.application.storefront.StorefrontOrder;
import org.awpt.application.storefront.UnknownStorefrontProductException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.ShopException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OutOfStockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one storefront's webhook: reads at most {@value #MAX_BODY} bytes, lets the storefront's
 * {@link StorefrontWebhook} check and read them, asks the application for the keys and answers them
 * as plain text, one per line (each storefront shows the answer body to the buyer as the goods).
 * Refusals: 401 bad signature or stale timestamp, 413 too large, 400 unreadable or unknown product,
 * 503 out of stock or locked down, 500 anything unexpected. Counted per provider and outcome in
 * {@code awpt.storefront.webhooks}.
 */
public final class StorefrontWebhooks {
    /** The largest body read: 1 MiB. */
    public static final int MAX_BODY = 1 << 20;
    /** The counter of webhooks answered, tagged {@code provider} and {@code outcome}. */
    public static final String METER = "awpt.storefront.webhooks";

    private static final Logger LOG = LoggerFactory.getLogger(StorefrontWebhooks.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final StorefrontDeliveryUseCase storefronts;
    private final MeterRegistry registry;

    /** Webhooks served by this use case, counted in this registry. */
    public StorefrontWebhooks(StorefrontDeliveryUseCase storefronts, MeterRegistry registry) {
        this.storefronts = Objects.requireNonNull(storefronts, "storefronts");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Answers one request for {@code webhook}'s storefront. */
    public void handle(Context ctx, StorefrontWebhook webhook) {
        String outcome;
        try {
            byte[] body = readCapped(ctx);
            StorefrontOrder order = webhook.read(new InboundWebhook(body, ctx::header,
                    ctx.pathParamMap().get("product")));
            StorefrontDelivery delivery = storefronts.deliver(order);
            answer(ctx, 200, delivery.keys().stream().map(key -> key.code().value())
                    .collect(Collectors.joining("\n")) + "\n");
            LOG.info("{} invoice {} item {}: {} {} key(s) handed out", webhook.name(), order.invoice(), order.item(),
                    delivery.keys().size(), delivery.type().code());
            outcome = "delivered";
        } catch (WebhookRefused refused) {
            outcome = refused(ctx, webhook, refused);
        } catch (OutOfStockException | LockedDownException unavailable) {
            // 5xx: the storefront shows the order as failed; SellAuth retries, Sellix and Sell.app do not.
            answer(ctx, 503, unavailable instanceof OutOfStockException ? "out of stock\n" : "temporarily unavailable\n");
            outcome = unavailable.code();
        } catch (UnknownStorefrontProductException | InvalidInputException unknown) {
            answer(ctx, 400, unknown instanceof InvalidInputException ? "invalid quantity\n" : "unknown product\n");
            outcome = unknown.code();
        } catch (ShopException other) {
            LOG.warn("{} webhook refused: {}", webhook.name(), other.getMessage());
            answer(ctx, 503, "refused\n");
            outcome = other.code();
        } catch (RuntimeException unexpected) {
            LOG.error("{} webhook failed", webhook.name(), unexpected);
            answer(ctx, 500, "internal error\n");
            outcome = "error";
        }
        Counter.builder(METER).description("Storefront dynamic-delivery webhooks answered")
                .tag("provider", webhook.name()).tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    private String refused(Context ctx, StorefrontWebhook webhook, WebhookRefused refused) {
        if (refused.kind() == WebhookRefused.Kind.UNREADABLE) {
            storefronts.unreadable(webhook.name(), refused.getMessage());
        } else {
            LOG.warn("{} webhook from {} refused: {}", webhook.name(), ctx.ip(), refused.getMessage());
        }
        answer(ctx, refused.kind().status(), refused.getMessage() + "\n");
        return refused.kind().name();
    }

    /** The body, or a 413 refusal once it is over the cap (whether announced by Content-Length or not). */
    private static byte[] readCapped(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null && length.strip().matches("\\d{1,19}") && Long.parseLong(length.strip()) > MAX_BODY) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "the body could not be read");
        }
    }

    private static WebhookRefused tooLarge() {
        return new WebhookRefused(WebhookRefused.Kind.TOO_LARGE, "body over " + MAX_BODY + " bytes");
    }

    private static void answer(Context ctx, int status, String text) {
        ctx.status(status).contentType(TEXT).result(text);
    }

    /** The paths of these storefronts' webhooks, for logs. */
    static List<String> paths(List<StorefrontWebhook> webhooks) {
        return webhooks.stream().map(webhook -> "/webhooks/" + webhook.name()).toList();
    }
}
