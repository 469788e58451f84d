package org.awpt.domain.license;

import java.util.Locale;

/** Where a license key is in its life; stored by its lower-case {@link #wireName()}. */
public enum KeyStatus {
    /** In stock, ready to be sold. */
    AVAILABLE,
    /** Reserved by support staff for a key request. */
    REQUESTED,
    /** Delivered to a buyer. */
    USED,
    /** Taken back (refund, chargeback, leak); never returns to stock. */
    REVOKED;

    /** The stored name, as the original bot wrote it: {@code available}, {@code used}... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this stored name. */
    public static KeyStatus fromWireName(String name) {
        for (KeyStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown key status: " + name);
    }
}
