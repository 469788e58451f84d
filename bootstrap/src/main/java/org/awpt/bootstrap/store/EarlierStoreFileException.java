package org.awpt.bootstrap.store;

import java.nio.file.Path;

/**
 * The data folder holds the shop of an earlier AWPT build (its embedded MongoDB file) and no SQLite
 * database: starting an empty shop beside it would look like every key had vanished, so nothing is
 * created and the message says how to carry the keys over.
 */
public final class EarlierStoreFileException extends RuntimeException {
    /** The file name the earlier builds kept their embedded database in. */
    public static final String FILE_NAME = "awpt-embedded.mv";
    private static final long serialVersionUID = 1L;

    /** The earlier build's file is {@code earlier}; this build's database would be {@code database}. */
    public EarlierStoreFileException(Path earlier, Path database) {
        super(earlier + " holds a shop of an earlier AWPT build, which this version does not read, and there is no "
                + database.getFileName() + " beside it. With the earlier build, export each type's available keys"
                + " (awpt keys export --status available --type T --out T.csv), move " + FILE_NAME
                + " out of the data folder, then import the keys here (awpt keys import --type T FILE);"
                + " docs/operations.md explains it.");
    }
}
