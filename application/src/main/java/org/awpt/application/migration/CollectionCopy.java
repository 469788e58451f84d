package org.awpt.application.migration;

import java.util.List;
import java.util.Objects;
import org.awpt.application.port.UnreadableRecord;

/**
 * What copying one kind of record did.
 *
 * @param name           the kind, in the shop's words ({@code license keys}, {@code audit events})
 * @param read           records read from the source
 * @param copied         records stored in the target
 * @param alreadyPresent records the target held already (by natural key), left as they were
 * @param unreadable     source rows that could not be read, hence not copied
 * @param refused        records the target refused, named, with the reason
 */
public record CollectionCopy(String name, long read, long copied, long alreadyPresent,
        List<UnreadableRecord> unreadable, List<String> refused) {
    /** Checks the counts add up and copies the lists. */
    public CollectionCopy {
        Objects.requireNonNull(name, "name");
        unreadable = List.copyOf(unreadable);
        refused = List.copyOf(refused);
        if (read < 0 || copied < 0 || alreadyPresent < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
        if (copied + alreadyPresent + refused.size() != read) {
            throw new IllegalStateException(name + ": of " + read + " records read, " + copied + " were copied, "
                    + alreadyPresent + " present and " + refused.size() + " refused; the counts must add up");
        }
    }

    /** Whether every source row was read and every record is in the target now. */
    public boolean complete() {
        return unreadable.isEmpty() && refused.isEmpty();
    }
}
