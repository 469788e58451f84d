package org.awpt.adapters.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.awpt.application.storefront.StorefrontOrder;

/**
 * SellAuth "Dynamic Delivery": event {@code INVOICE.ITEM.DELIVER-DYNAMIC}, one request per invoice
 * item, {@code X-Signature} = HMAC-SHA256 (hex) of the body with the shop's webhook secret,
 * {@code X-Timestamp} (Unix seconds), {@code Idempotency-Key}; up to 3 attempts 5 s apart. A request
 * whose timestamp is more than 5 minutes away from now is refused, so a captured request cannot be
 * replayed later (a replay inside the window gets the same keys as the original).
 */
public final class SellAuthWebhook implements StorefrontWebhook {
    static final String EVENT = "INVOICE.ITEM.DELIVER-DYNAMIC";
    /** How far a request's timestamp may be from now. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final HmacSignature signature;
    private final Clock clock;

    /** Checks requests signed with this webhook secret, timestamps against this clock. */
    public SellAuthWebhook(String secret, Clock clock) {
        this.signature = new HmacSignature("HmacSHA256", secret);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "sellauth";
    }

    @Override
    public StorefrontOrder read(InboundWebhook request) {
        if (!signature.verifies(request.body(), request.header("X-Signature"))) {
            throw WebhookRefused.badSignature();
        }
        requireFresh(request.header("X-Timestamp"));
        WebhookJson json = WebhookJson.parse(request.body());
        String event = json.text("/event").orElse("");
        if (!EVENT.equals(event)) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "event " + event);
        }
        String product = json.requireText("product", "/item/product_id");
        return new StorefrontOrder(name(), json.requireText("invoice", "/unique_id", "/id"),
                json.text("/item/id").orElse(product), product,
                json.requireCount("quantity", "/item/quantity"),
                json.text("/paid", "/price").orElse(""), json.text("/currency").orElse(""),
                json.text("/email", "/customer/email").orElse(""),
                WebhookJson.discordBuyer(json.at("/item/custom_fields")).orElse(null));
    }

    private void requireFresh(String header) {
        long seconds;
        try {
            seconds = Long.parseLong(header == null ? "" : header.strip());
        } catch (NumberFormatException e) {
            throw new WebhookRefused(WebhookRefused.Kind.UNAUTHORIZED, "bad or missing timestamp");
        }
        Instant now = clock.instant();
        Instant sent = Instant.ofEpochSecond(seconds);
        if (sent.isBefore(now.minus(WINDOW)) || sent.isAfter(now.plus(WINDOW))) {
            throw new WebhookRefused(WebhookRefused.Kind.UNAUTHORIZED, "timestamp outside the 5-minute window");
        }
    }
}
