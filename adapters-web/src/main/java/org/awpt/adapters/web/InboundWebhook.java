package org.awpt.adapters.web;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A webhook request as it arrived: the raw body (signatures are over these exact bytes), its
 * headers, and the product named in the path, for storefronts whose webhook URL is set per product.
 *
 * @param body        the raw body
 * @param headers     a header by name (case-insensitive), or {@code null}
 * @param pathProduct the product from {@code /webhooks/{provider}/{product}}, or {@code null}
 */
public record InboundWebhook(byte[] body, UnaryOperator<String> headers, String pathProduct) {
    /** Checks the body and headers are present. */
    public InboundWebhook {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
    }

    /** A header, or {@code null}. */
    public String header(String name) {
        return headers.apply(name);
    }
}
