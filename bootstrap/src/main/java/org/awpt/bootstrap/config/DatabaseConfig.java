package org.awpt.bootstrap.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the shop's data lives: a MongoDB server, or the embedded database in a folder.
 *
 * @param uri          the MongoDB server; empty for the embedded database
 * @param dataDir      the embedded database's folder (also used for nothing else)
 * @param databaseName the database to use on the server
 */
public record DatabaseConfig(Optional<MongoUri> uri, Path dataDir, String databaseName) {
    /** Checks every part is present. */
    public DatabaseConfig {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(databaseName, "databaseName");
    }

    /** Whether the embedded database is used. */
    public boolean embedded() {
        return uri.isEmpty();
    }

    /** Where the data is, safe to log: the masked URI or the folder. */
    public String describe() {
        return uri.map(u -> "MongoDB at " + u.masked() + ", database " + databaseName)
                .orElseGet(() -> "the embedded database in " + dataDir.toAbsolutePath());
    }
}
