package org.awpt.application.port;

import java.util.List;

/**
 * What a {@link LicenseKeyRepository#scan} read.
 *
 * @param keys       how many keys were handed to the sink
 * @param unreadable the rows that matched but could not be read, in the order met
 */
public record KeyScan(long keys, List<UnreadableKey> unreadable) {
    /** Checks the count and copies the list. */
    public KeyScan {
        if (keys < 0) {
            throw new IllegalArgumentException("keys is 0 or more");
        }
        unreadable = List.copyOf(unreadable);
    }

    /** Whether every matching row was read. */
    public boolean complete() {
        return unreadable.isEmpty();
    }
}
