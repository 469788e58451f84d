package org.awpt.domain.audit;

import java.util.Locale;

/** What an audit event records. */
public enum AuditAction {
    /** Keys were imported. */
    KEYS_IMPORTED,
    /**
     * The shop sent a claimed key to its holder (direct message, purchase ticket, or privately to the
     * support member who requested it); written once per key, with the channel.
     */
    KEY_DELIVERED,
    /** A holder saw a key the shop had not delivered yet in their own license list (so it counts as told). */
    KEY_TOLD,
    /** Telling a buyer their key failed for now. */
    DELIVERY_FAILED,
    /**
     * A claimed or reserved key went back to stock before anyone was told it (its payment was rejected
     * or cancelled, its key request denied); written once per key released, with the order and the reason.
     */
    KEY_RELEASED,
    /** A key was revoked. */
    KEY_REVOKED,
    /** A Robux purchase was verified and paid out. */
    ROBUX_PURCHASE,
    /** A Robux purchase was refused (not owned, blocked, already licensed...). */
    ROBUX_REFUSED,
    /**
     * A payout cycle of a gamepass Roblox gives no instance id for was closed, so the next verified
     * ownership pays again: the shop saw the gamepass gone, or an admin reset it.
     */
    ROBUX_CYCLE_CLOSED,
    /** A manual payment was submitted. */
    PAYMENT_SUBMITTED,
    /** A proof of payment was attached. */
    PROOF_ATTACHED,
    /** A manual payment was approved. */
    PAYMENT_APPROVED,
    /** A manual payment was rejected. */
    PAYMENT_REJECTED,
    /** A manual payment was cancelled. */
    PAYMENT_CANCELLED,
    /** A manual payment expired without proof. */
    PAYMENT_EXPIRED,
    /** A buyer was sent to the external storefront. */
    STOREFRONT_OPENED,
    /** A storefront hand-off was cancelled. */
    STOREFRONT_CANCELLED,
    /**
     * A storefront (Sellix, SellAuth, Sell.app) sold keys from the shop's stock: written once per order
     * item, with the provider, the payment method, the amount and currency as sent, and the buyer's email.
     */
    STOREFRONT_SALE,
    /** A storefront order could not be served (unknown product, out of stock, method locked down). */
    STOREFRONT_REFUSED,
    /** Support requested keys. */
    KEYS_REQUESTED,
    /** An admin approved a key request. */
    KEY_REQUEST_APPROVED,
    /** An admin denied a key request. */
    KEY_REQUEST_DENIED,
    /** A lockdown switch was changed. */
    LOCKDOWN_CHANGED,
    /** A stock level changed. */
    STOCK_LEVEL_CHANGED,
    /** Keys were exported. */
    KEYS_EXPORTED,
    /** An admin cleared a user's cooldown. */
    COOLDOWN_RESET,
    /**
     * A purchase ticket closed: by its buyer or staff (the actor), or by the shop after a delivery or when
     * idle; with the buyer, the cause and any reason given.
     */
    TICKET_CLOSED;

    /** The stored name, lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action with this stored name. */
    public static AuditAction fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
