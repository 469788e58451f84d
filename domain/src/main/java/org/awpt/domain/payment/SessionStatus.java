package org.awpt.domain.payment;

import java.util.Locale;

/** Where a manual payment session is. */
public enum SessionStatus {
    /** Details given, waiting for the buyer's proof of payment. */
    AWAITING_PROOF,
    /** Proof given, waiting for an admin's decision. */
    AWAITING_REVIEW,
    /** An admin approved; a key was delivered for it. */
    APPROVED,
    /** An admin rejected, with a reason. */
    REJECTED,
    /** The buyer or an admin cancelled. */
    CANCELLED,
    /** Abandoned without proof for too long. */
    EXPIRED;

    /** Whether nothing can happen to the session any more. */
    public boolean isFinal() {
        return this != AWAITING_PROOF && this != AWAITING_REVIEW;
    }

    /** The stored name, lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this stored name. */
    public static SessionStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
