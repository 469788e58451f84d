package org.awpt.adapters.sqlite;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a file's schema up to date with Flyway's versioned migrations in {@code db/sqlite}. */
final class SchemaMigrations {
    /** Where the migrations are, on the class path. */
    static final String LOCATION = "classpath:db/sqlite";

    private SchemaMigrations() {
    }

    static void migrate(Path file, SqliteSettings settings) {
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource("jdbc:sqlite:" + file, null, null)
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new SqliteStoreException(file, "the schema could not be brought up to date (" + e.getMessage()
                    .lines().findFirst().orElse("") + "); restore a backup", e);
        }
    }
}
