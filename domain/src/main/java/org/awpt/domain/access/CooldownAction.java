package org.awpt.domain.access;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An action that is rate limited per user, such as verifying a Robux purchase.
 *
 * @param code lower-case letters, digits or {@code _}, 1 to 32 characters
 */
public record CooldownAction(String code) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9_]{1,32}");

    /** Verifying a Robux purchase. */
    public static final CooldownAction ROBUX_VERIFICATION = new CooldownAction("robux_verification");
    /** Submitting a manual payment. */
    public static final CooldownAction MANUAL_PAYMENT = new CooldownAction("manual_payment");
    /** Opening a purchase ticket. */
    public static final CooldownAction OPEN_TICKET = new CooldownAction("open_ticket");

    /** Every action the shop rate limits. */
    public static final List<CooldownAction> ALL = List.of(ROBUX_VERIFICATION, MANUAL_PAYMENT, OPEN_TICKET);

    /** Checks the form. */
    public CooldownAction {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("a cooldown action is 1-32 of [a-z0-9_]: " + code);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
