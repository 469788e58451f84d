package org.awpt.domain.stock;

/** How much of a license type is left, from best to worst. */
public enum StockLevel {
    /** Above the low threshold. */
    HEALTHY,
    /** At or below the low threshold: admins are alerted. */
    LOW,
    /** At or below the critical threshold: new purchases do not start. */
    CRITICAL,
    /** No key left. */
    OUT_OF_STOCK;

    /** Whether a new purchase of the type may start. Purchases already under way may take the last keys. */
    public boolean allowsNewPurchases() {
        return this == HEALTHY || this == LOW;
    }

    /** Whether admins should know about this level. */
    public boolean needsAttention() {
        return this != HEALTHY;
    }
}
