package org.awpt.bootstrap.store;

import java.nio.file.Path;

/**
 * A command that only reads found no database where the configuration points: the message names
 * the file and how to point at the shop's data folder, and nothing was created.
 */
public final class MissingDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** No database at {@code file}. */
    public MissingDatabaseException(Path file) {
        super("No database at " + file + ": run this in the shop's folder, or pass --data DIR (or set AWPT_DATA_DIR)"
                + " to the shop's data folder; awpt run and awpt keys import create it.");
    }
}
