package org.awpt.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The schema version Flyway recorded in the file, read with plain SQL so an up-to-date store never loads Flyway. */
final class SchemaVersion {
    private static final String HISTORY = "flyway_schema_history";

    private SchemaVersion() {
    }

    /**
     * The recorded version; refuses a file with no AWPT schema (an existing file is never taken for a
     * new shop) or with a failed migration.
     */
    static int recorded(Path file, Statement statement) throws SQLException {
        try (ResultSet tables = statement.executeQuery(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + HISTORY + "'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                throw new SqliteStoreException(file, "an SQLite file without AWPT's schema; it holds no shop: "
                        + "restore a backup, or move it away to start a new shop");
            }
        }
        try (ResultSet failed = statement.executeQuery("SELECT count(*) FROM " + HISTORY + " WHERE success = 0")) {
            failed.next();
            if (failed.getInt(1) > 0) {
                throw new SqliteStoreException(file, "a schema migration failed earlier; restore a backup");
            }
        }
        try (ResultSet version = statement.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + HISTORY
                + " WHERE success = 1 AND version IS NOT NULL")) {
            return version.next() ? version.getInt(1) : 0;
        }
    }

    /** The recorded version, 0 when none is. */
    static int recordedQuietly(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + HISTORY
                        + " WHERE success = 1 AND version IS NOT NULL")) {
            return version.next() ? version.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
