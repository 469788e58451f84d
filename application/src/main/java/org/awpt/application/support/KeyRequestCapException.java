package org.awpt.application.support;

import java.util.Map;
import org.awpt.domain.ShopException;

/**
 * A support member asked for more keys than the shop lets one requester hold pending, or request in
 * 24 hours ({@code shop.limits}). Nothing was reserved.
 */
public final class KeyRequestCapException extends ShopException {
    private static final long serialVersionUID = 1L;

    private KeyRequestCapException(String code, String what, long counted, int quantity, int cap) {
        super(code, counted + " " + what + " + " + quantity + " requested exceed " + cap,
                Map.of("counted", counted, "quantity", quantity, "cap", cap));
    }

    /** The requester's pending requests already hold {@code pending} keys. */
    public static KeyRequestCapException pending(long pending, int quantity, int cap) {
        return new KeyRequestCapException("key_request_cap_pending", "keys pending", pending, quantity, cap);
    }

    /** The requester asked for {@code requested} keys in the last 24 hours. */
    public static KeyRequestCapException daily(long requested, int quantity, int cap) {
        return new KeyRequestCapException("key_request_cap_daily", "keys requested in 24 hours", requested, quantity,
                cap);
    }
}
