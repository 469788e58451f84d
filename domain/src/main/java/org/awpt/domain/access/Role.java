package org.awpt.domain.access;

/** What a person may do in the shop. */
public enum Role {
    /** Runs the shop: decides payments, manages inventory, lockdowns and audit. */
    ADMIN,
    /** Support staff: requests batches of keys. */
    SUPPORT,
    /** Anyone else: buys. */
    BUYER
}
