package org.awpt.application.port;

import java.util.List;

/**
 * What a {@link StoredRecords#exportAll} read.
 *
 * @param records    how many records were handed to the sink
 * @param unreadable the stored rows that could not be read, in the order met
 */
public record RecordScan(long records, List<UnreadableRecord> unreadable) {
    /** Checks the count and copies the list. */
    public RecordScan {
        if (records < 0) {
            throw new IllegalArgumentException("records is 0 or more");
        }
        unreadable = List.copyOf(unreadable);
    }

    /** The same result, told of keys. */
    public static RecordScan of(KeyScan scan) {
        return new RecordScan(scan.keys(), scan.unreadable().stream()
                .map(row -> new UnreadableRecord(row.storedId(), row.reason())).toList());
    }
}
