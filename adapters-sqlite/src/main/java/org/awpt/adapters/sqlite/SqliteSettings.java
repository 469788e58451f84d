package org.awpt.adapters.sqlite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SQLite store lives and how it commits.
 *
 * @param dataDirectory the data folder; the database is {@code awpt.db} inside it
 * @param synchronous   how commits reach the disk (see {@link SqliteSynchronous})
 * @param busyTimeout   how long a statement waits for another process's write lock before failing
 */
public record SqliteSettings(Path dataDirectory, SqliteSynchronous synchronous, Duration busyTimeout) {
    /** The database file's name inside the data folder. */
    public static final String FILE_NAME = "awpt.db";

    /** Checks the parts. */
    public SqliteSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(synchronous, "synchronous");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a busy timeout is 0 to " + Integer.MAX_VALUE + " ms");
        }
    }

    /** The defaults: every commit fsync'd, a 10 s busy timeout. */
    public static SqliteSettings defaults(Path dataDirectory) {
        return new SqliteSettings(dataDirectory, SqliteSynchronous.FULL, Duration.ofSeconds(10));
    }

    /** The database file, {@code awpt.db} in the data folder. */
    public Path databaseFile() {
        return dataDirectory.resolve(FILE_NAME);
    }
}
