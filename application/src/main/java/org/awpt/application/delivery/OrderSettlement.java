package org.awpt.application.delivery;

import org.awpt.domain.license.LicenseKey;

/**
 * Whether the order a key was claimed for is settled, so that its key may be told. An approval
 * claims its key before it marks the session approved; if the process stops in between, the key
 * waits claimed but undecided, and the delivery sweeper must not tell it to the buyer.
 */
@FunctionalInterface
public interface OrderSettlement {

    /** Where a claimed key's order stands. */
    enum Verdict {
        /** Paid and decided: tell the key. */
        SETTLED,
        /** Not decided yet: leave the key as it is. */
        UNDECIDED,
        /** Decided against (rejected, cancelled): the key goes back to stock. */
        CALLED_OFF
    }

    /** Where the order of a claimed key stands. */
    Verdict of(LicenseKey key);

    /** For shops whose every claim is settled when it is made. */
    static OrderSettlement alwaysSettled() {
        return key -> Verdict.SETTLED;
    }
}
