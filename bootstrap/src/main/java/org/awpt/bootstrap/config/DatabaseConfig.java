package org.awpt.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.adapters.sqlite.SqliteSynchronous;

/**
 * Where the shop's data lives: SQLite in the data folder (the default), or a MongoDB server when a
 * URI is configured.
 *
 * @param uri           the MongoDB server; empty for SQLite
 * @param dataDir       the data folder: SQLite's file {@code awpt.db} is there; the command line writes no file in it
 * @param namedDatabase the MongoDB database named by {@code mongoDatabase} or the URI's path; empty when neither names one
 * @param connectTimeout how long a command waits for the MongoDB server, once, before it gives up
 * @param synchronous   how SQLite syncs commits to disk ({@code sqlite.synchronous})
 */
public record DatabaseConfig(Optional<MongoUri> uri, Path dataDir, Optional<String> namedDatabase,
        Duration connectTimeout, SqliteSynchronous synchronous) {
    /** The MongoDB database used when neither {@code mongoDatabase} nor the URI names one. */
    public static final String DEFAULT_MONGO_DATABASE = "awpt";

    /** Checks every part is present. */
    public DatabaseConfig {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(namedDatabase, "namedDatabase");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(synchronous, "synchronous");
    }

    /** Whether the shop runs on SQLite in the data folder (no MongoDB URI configured). */
    public boolean sqlite() {
        return uri.isEmpty();
    }

    /** The MongoDB database used: the one named, else {@value #DEFAULT_MONGO_DATABASE}. */
    public String databaseName() {
        return namedDatabase.orElse(DEFAULT_MONGO_DATABASE);
    }

    /** Where the data is, safe to log: the masked URI and database, or SQLite's file. */
    public String describe() {
        return uri.map(u -> "MongoDB at " + u.masked() + ", database " + databaseName())
                .orElseGet(() -> "SQLite at " + sqliteFile());
    }

    /** SQLite's file in the data folder, absolute. */
    public Path sqliteFile() {
        return SqliteSettings.defaults(dataDir.toAbsolutePath()).databaseFile();
    }
}
