package org.awpt.application.migration;

import java.util.List;

/**
 * What a migration did, one line per kind of record, in the order they were copied.
 *
 * @param collections one line per kind of record
 */
public record MigrationReport(List<CollectionCopy> collections) {
    /** Copies the list. */
    public MigrationReport {
        collections = List.copyOf(collections);
    }

    /** Whether every row of the source was read and every record is in the target. */
    public boolean complete() {
        return collections.stream().allMatch(CollectionCopy::complete);
    }

    /** Records copied, over every kind. */
    public long copied() {
        return collections.stream().mapToLong(CollectionCopy::copied).sum();
    }
}
