package org.awpt.domain.license;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.request.RequestId;

/**
 * What a key is delivered for. At most one key is ever delivered per order: asking twice for the
 * same order returns the same key.
 *
 * @param value {@code [A-Za-z0-9:_-]}, 1 to 128 characters
 */
public record OrderId(String value) {
    private static final String REQUEST_PREFIX = "request";
    private static final String STOREFRONT_PREFIX = "storefront";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9:_-]{1,128}");
    /** A part of a readable storefront order id: no colon, so parts cannot run into each other. */
    private static final Pattern STOREFRONT_PART = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** Checks the form. */
    public OrderId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an order id is 1-128 of [A-Za-z0-9:_-]: " + value);
        }
    }

    /** The order of a manual payment session. */
    public static OrderId forManualPayment(SessionId session) {
        return new OrderId("manual:" + session.value());
    }

    /**
     * The order of a Robux purchase: one gamepass ownership (its instance id) of one Roblox user,
     * so a buyer who deletes the gamepass and buys it again makes a new order.
     */
    public static OrderId forRobuxPurchase(RobloxUserId buyer, long gamePassId, long ownershipInstanceId) {
        return new OrderId("robux:" + buyer.value() + ":" + gamePassId + ":" + ownershipInstanceId);
    }

    /**
     * The order of a Robux purchase Roblox gives no instance id for: payout cycle {@code cycle} (from 1)
     * of one gamepass of one Roblox user. The {@code c} keeps it apart from an instance id.
     */
    public static OrderId forRobuxCycle(RobloxUserId buyer, long gamePassId, int cycle) {
        if (cycle < 1) {
            throw new IllegalArgumentException("a payout cycle is 1 or more");
        }
        return new OrderId("robux:" + buyer.value() + ":" + gamePassId + ":c" + cycle);
    }

    /**
     * The order of one unit (0-based) of an item of a storefront invoice. Provider, invoice and item
     * are kept readable when they fit the form; otherwise they are replaced by a digest of all three,
     * so two different orders never share an id and the same order always gets the same one.
     */
    public static OrderId forStorefrontUnit(String provider, String invoice, String item, int unit) {
        if (unit < 0) {
            throw new IllegalArgumentException("a storefront unit is 0 or more");
        }
        String readable = STOREFRONT_PREFIX + ":" + provider + ":" + invoice + ":" + item + ":" + unit;
        if (STOREFRONT_PART.matcher(provider).matches() && STOREFRONT_PART.matcher(invoice).matches()
                && STOREFRONT_PART.matcher(item).matches() && FORM.matcher(readable).matches()) {
            return new OrderId(readable);
        }
        return new OrderId(STOREFRONT_PREFIX + ":" + digest(provider + "\n" + invoice + "\n" + item) + ":" + unit);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The order of one line (0-based) of a support key request. */
    public static OrderId forKeyRequestLine(RequestId request, int line) {
        if (line < 0) {
            throw new IllegalArgumentException("a request line is 0 or more");
        }
        return new OrderId(REQUEST_PREFIX + ":" + request.value() + ":" + line);
    }

    /** The key request this order is a line of, or empty when it is another kind of order. */
    public Optional<RequestId> keyRequest() {
        String[] parts = value.split(":");
        if (parts.length != 3 || !parts[0].equals(REQUEST_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RequestId(parts[1]));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty(); // an order that only looks like a request line
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
