package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.port.UnreadableRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * One table's records, read whole in one read transaction (one WAL snapshot) with a forward-only
 * cursor in primary-key order, and copied in by an insert that does nothing when the natural key is
 * present.
 *
 * @param <T> the kind of record
 */
final class SqliteStoredRecords<T> implements StoredRecords<T> {
    /** Rows the driver fetches at a time. */
    private static final int FETCH = 1_000;

    /** Reads one row (the handle serves child rows, in the same snapshot). */
    @FunctionalInterface
    interface RowReader<T> {
        /**
         * The record the row describes.
         *
         * @throws RuntimeException when the row is not a valid record
         */
        T read(Handle handle, ResultSet row) throws SQLException;
    }

    /** Inserts one record unless its natural key is present: 1 when inserted, 0 when present. */
    @FunctionalInterface
    interface RowInserter<T> {
        /** Inserts in the caller's write transaction. */
        int insert(Handle handle, T record);
    }

    private final SqliteDatabase database;
    private final String select;
    private final List<String> keyColumns;
    private final RowReader<T> reader;
    private final RowInserter<T> inserter;

    /**
     * The records of a table.
     *
     * @param select     every row, ordered by an immutable key
     * @param keyColumns the columns naming a row (its primary key), for rows that cannot be read
     */
    SqliteStoredRecords(SqliteDatabase database, String select, List<String> keyColumns, RowReader<T> reader,
            RowInserter<T> inserter) {
        this.database = database;
        this.select = select;
        this.keyColumns = List.copyOf(keyColumns);
        this.reader = reader;
        this.inserter = inserter;
    }

    @Override
    public RecordScan exportAll(Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        return database.snapshot(handle -> {
            long[] handed = {0};
            List<UnreadableRecord> unreadable = new ArrayList<>();
            handle.createQuery(select).setFetchSize(FETCH)
                    .map((row, context) -> read(handle, row))
                    .forEach(read -> {
                        if (read.record() != null) {
                            sink.accept(read.record());
                            handed[0]++;
                        } else {
                            unreadable.add(read.unreadable());
                        }
                    });
            return new RecordScan(handed[0], unreadable);
        });
    }

    private Read<T> read(Handle handle, ResultSet row) throws SQLException {
        try {
            return new Read<>(reader.read(handle, row), null);
        } catch (JdbiException storage) {
            throw storage;
        } catch (RuntimeException e) {
            // Named by its key and the failure's type, never by its content (it may hold a key code).
            List<String> key = new ArrayList<>();
            for (String column : keyColumns) {
                key.add(row.getString(column));
            }
            return new Read<>(null, new UnreadableRecord(String.join("/", key), e.getClass().getSimpleName()));
        }
    }

    @Override
    public CopyOutcome importPreserving(List<? extends T> records) {
        if (records.isEmpty()) {
            return CopyOutcome.NONE;
        }
        int copied = database.write(handle -> {
            int inserted = 0;
            for (T record : records) {
                inserted += inserter.insert(handle, Objects.requireNonNull(record, "record"));
            }
            return inserted;
        });
        return new CopyOutcome(copied, records.size() - copied, List.of());
    }

    private record Read<T>(T record, UnreadableRecord unreadable) {
    }
}
