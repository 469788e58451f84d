package org.awpt.adapters.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One SQLite store in a temporary folder per test class; emptied for each test that asks for a fresh one. */
public final class SqliteTestStore implements BeforeAllCallback, AfterAllCallback {
    /** Child tables first, so foreign keys never refuse the wipe. */
    private static final List<String> TABLES = List.of("payment_session_notices", "payment_sessions", "proofs",
            "license_keys", "key_counts", "key_requests", "storefront_visits", "purchase_tickets", "once_marks",
            "audit_event_details", "audit_events", "cooldowns", "lockdowns", "sales", "buyer_languages");
    private final SqliteSynchronous synchronous;
    private Path folder;
    private SqlitePersistence persistence;

    private SqliteTestStore(SqliteSynchronous synchronous) {
        this.synchronous = synchronous;
    }

    /** A store with the default settings. */
    public static SqliteTestStore create() {
        return new SqliteTestStore(SqliteSynchronous.FULL);
    }

    /** A store committing with {@code synchronous=NORMAL}. */
    public static SqliteTestStore normal() {
        return new SqliteTestStore(SqliteSynchronous.NORMAL);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("awpt-sqlite-test");
        persistence = open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        persistence.close();
        deleteRecursively(folder);
    }

    /** The settings of this store. */
    public SqliteSettings settings() {
        return new SqliteSettings(folder.resolve("data"), synchronous, java.time.Duration.ofSeconds(10));
    }

    private SqlitePersistence open() {
        return SqlitePersistence.open(settings(), LicenseTypeCatalog.defaults(), Clock.systemUTC());
    }

    /** The store with every table emptied. */
    public SqlitePersistence fresh() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + persistence.databaseFile());
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            for (String table : TABLES) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return persistence;
    }

    /** The store closed and opened again, as after a restart. */
    public SqlitePersistence reopened() {
        persistence.close();
        persistence = open();
        return persistence;
    }

    /** Deletes a folder and everything in it. */
    public static void deleteRecursively(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
