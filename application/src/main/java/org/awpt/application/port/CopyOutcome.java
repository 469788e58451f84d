package org.awpt.application.port;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link StoredRecords#importPreserving} did.
 *
 * @param copied         records stored
 * @param alreadyPresent records whose natural key was stored already, left as they were
 * @param refused        records the store refused, each named (a masked key code, an id) with the reason
 */
public record CopyOutcome(int copied, int alreadyPresent, List<String> refused) {
    /** Nothing copied, nothing present, nothing refused. */
    public static final CopyOutcome NONE = new CopyOutcome(0, 0, List.of());

    /** Checks the counts and copies the list. */
    public CopyOutcome {
        if (copied < 0 || alreadyPresent < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
        refused = List.copyOf(refused);
    }

    /** This outcome and another, added up. */
    public CopyOutcome plus(CopyOutcome other) {
        List<String> both = new ArrayList<>(refused);
        both.addAll(other.refused);
        return new CopyOutcome(copied + other.copied, alreadyPresent + other.alreadyPresent, both);
    }
}
