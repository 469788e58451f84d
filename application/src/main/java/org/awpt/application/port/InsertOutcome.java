package org.awpt.application.port;

import java.util.Set;
import org.awpt.domain.license.KeyCode;

/**
 * What an insert of keys did.
 *
 * @param inserted       how many keys were added
 * @param alreadyPresent codes that were already in the inventory and were left as they were
 */
public record InsertOutcome(int inserted, Set<KeyCode> alreadyPresent) {
    /** Copies the set. */
    public InsertOutcome {
        if (inserted < 0) {
            throw new IllegalArgumentException("inserted is 0 or more");
        }
        alreadyPresent = Set.copyOf(alreadyPresent);
    }
}
