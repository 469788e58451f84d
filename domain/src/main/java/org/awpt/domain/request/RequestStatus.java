package org.awpt.domain.request;

import java.util.Locale;

/** Where a key request is. */
public enum RequestStatus {
    /** Keys reserved, waiting for an admin. */
    PENDING,
    /** An admin approved; the requester receives the keys. */
    APPROVED,
    /** An admin denied; the keys went back to stock. */
    DENIED;

    /** The stored name, lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this stored name. */
    public static RequestStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
