package org.awpt.adapters.web;

import org.awpt.application.storefront.StorefrontOrder;

/** One storefront's dynamic-delivery webhook: checks a request is really from it and reads the order item. */
public interface StorefrontWebhook {

    /** The storefront's name, the last part of its webhook path ({@code sellix}, {@code sellauth}, {@code sellapp}). */
    String name();

    /**
     * Checks the signature (and timestamp, where sent) on the raw body, then reads the order item.
     *
     * @throws WebhookRefused when the request is not signed by the storefront, or is an event or shape the shop does not handle
     */
    StorefrontOrder read(InboundWebhook request);
}
