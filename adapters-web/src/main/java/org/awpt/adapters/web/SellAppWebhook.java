package org.awpt.adapters.web;

import org.awpt.application.storefront.StorefrontOrder;

/**
 * Sell.app dynamic webhooks: set on a product variant, so the variant is the last part of the URL
 * ({@code /webhooks/sellapp/{variant}}); header {@code signature} = HMAC-SHA256 (hex) of the JSON
 * body with the store's webhook secret. The body is the order; its invoice id and quantity are read
 * from the first of the documented-by-example fields present (see the module README).
 */
public final class SellAppWebhook implements StorefrontWebhook {
    private final HmacSignature signature;

    /** Checks requests signed with this webhook secret. */
    public SellAppWebhook(String secret) {
        this.signature = new HmacSignature("HmacSHA256", secret);
    }

    @Override
    public String name() {
        return "sellapp";
    }

    @Override
    public StorefrontOrder read(InboundWebhook request) {
        if (!signature.verifies(request.body(), request.header("signature"))) {
            throw WebhookRefused.badSignature();
        }
        String variant = request.pathProduct();
        if (variant == null || variant.isBlank()) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "no variant in the webhook URL");
        }
        WebhookJson json = WebhookJson.parse(request.body());
        return new StorefrontOrder(name(), json.requireText("invoice", "/invoice/id", "/invoice_id", "/id"),
                variant, variant, json.requireCount("quantity", "/quantity", "/invoice/quantity"),
                json.text("/invoice/total", "/total").orElse(""),
                json.text("/invoice/currency", "/currency").orElse(""),
                json.text("/invoice/customer_information/email", "/customer_information/email", "/email").orElse(""),
                WebhookJson.discordBuyer(json.at("/additional_information")
                        .or(() -> json.at("/invoice/additional_information"))).orElse(null));
    }
}
