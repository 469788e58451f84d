package org.awpt.domain.payment;

/** How a payment method is verified. */
public enum PaymentMethodKind {
    /** A Roblox gamepass, verified automatically. */
    ROBUX,
    /** An external storefront (PayPal via SellPass) that delivers on its own. */
    STOREFRONT,
    /** Paid outside, proven by an upload, decided by an admin. */
    MANUAL
}
