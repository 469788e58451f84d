package org.awpt.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.awpt.application.storefront.StorefrontOrder;

/**
 * Sellix "Dynamic" products: event {@code product:dynamic}, {@code X-Sellix-Signature} = HMAC-SHA512
 * (hex) of the raw body with the shop's webhook secret, the product in {@code X-Sellix-Product-Id},
 * the order in {@code data} (quantity in {@code data.quantity}, or the product's
 * {@code data.cart[].unit_quantity} for a shopping cart). One request per product, never retried.
 */
public final class SellixWebhook implements StorefrontWebhook {
    static final String EVENT = "product:dynamic";

    private final HmacSignature signature;

    /** Checks requests signed with this webhook secret. */
    public SellixWebhook(String secret) {
        this.signature = new HmacSignature("HmacSHA512", secret);
    }

    @Override
    public String name() {
        return "sellix";
    }

    @Override
    public StorefrontOrder read(InboundWebhook request) {
        if (!signature.verifies(request.body(), request.header("X-Sellix-Signature"))) {
            throw WebhookRefused.badSignature();
        }
        WebhookJson json = WebhookJson.parse(request.body());
        String event = Optional.ofNullable(request.header("X-Sellix-Event")).or(() -> json.text("/event")).orElse("");
        if (!EVENT.equals(event)) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "event " + event);
        }
        String product = Optional.ofNullable(request.header("X-Sellix-Product-Id")).filter(p -> !p.isBlank())
                .orElseThrow(() -> new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "no X-Sellix-Product-Id"));
        String invoice = json.requireText("order id", "/data/uniqid");
        int quantity = "SHOPPING_CART".equals(json.text("/data/type").orElse(""))
                ? cartQuantity(json, product)
                : json.requireCount("quantity", "/data/quantity");
        return new StorefrontOrder(name(), invoice, product, product, quantity,
                json.text("/data/total_display", "/data/total").orElse(""),
                json.text("/data/currency").orElse(""), json.text("/data/customer_email").orElse(""),
                WebhookJson.discordBuyer(json.at("/data/custom_fields")).orElse(null));
    }

    private static int cartQuantity(WebhookJson json, String product) {
        for (JsonNode line : json.at("/data/cart").filter(JsonNode::isArray).orElseGet(
                com.fasterxml.jackson.databind.node.MissingNode::getInstance)) {
            if (product.equals(line.path("uniqid").asText()) && line.path("unit_quantity").canConvertToInt()) {
                return line.path("unit_quantity").asInt();
            }
        }
        throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "no cart line for product " + product);
    }
}
