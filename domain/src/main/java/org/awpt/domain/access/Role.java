package org.awpt.domain.access;

/** What a person may do in the shop. */
public enum Role {
    /** Runs the shop: decides payments, manages inventory, lockdowns and audit. */
    ADMIN,
    /**
     * Runs the shop's inventory commands (import, export, statistics, reports): every admin, and the
     * operator at the shop's console.
     */
    OPERATOR,
    /** Support staff: requests batches of keys. */
    SUPPORT,
    /** Anyone else: buys. */
    BUYER
}
