package org.awpt.adapters.sqlite;

import java.nio.file.Path;

/**
 * The SQLite store cannot be used or a write did not reach it: the message is one line naming the
 * database file and what to do.
 */
public final class SqliteStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal about {@code file}: {@code problem} says what is wrong and what to do. */
    public SqliteStoreException(Path file, String problem, Throwable cause) {
        super("SQLite store " + file + ": " + problem, cause);
    }

    /** A refusal about {@code file} with no underlying cause. */
    public SqliteStoreException(Path file, String problem) {
        this(file, problem, null);
    }
}
