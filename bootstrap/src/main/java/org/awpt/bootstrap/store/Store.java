package org.awpt.bootstrap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.port.ShopRecords;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.DatabaseConfig;
import org.awpt.domain.license.LicenseTypeCatalog;

/**
 * The database the shop runs on, opened once per process before anything uses it: SQLite in the
 * data folder, or MongoDB when a URI is configured. Opening it outside the injector means a
 * database that cannot be opened fails once, with one message, however many components need it.
 */
public final class Store implements AutoCloseable {
    /** Whether a command may create the database or needs an existing one. */
    public enum Opening {
        /** {@code run} and {@code keys import}: a missing SQLite file (and its folder) is created. */
        CREATE,
        /** Read-only commands: a missing SQLite file is refused, so a command run in the wrong folder makes no shop. */
        EXISTING
    }

    private final String description;
    private final Repositories repositories;
    private final SqlitePersistence sqlite;
    private final MongoPersistence mongo;
    private boolean closed;

    private Store(String description, Repositories repositories, SqlitePersistence sqlite, MongoPersistence mongo) {
        this.description = description;
        this.repositories = repositories;
        this.sqlite = sqlite;
        this.mongo = mongo;
    }

    /**
     * Opens the configured database.
     *
     * @throws MissingDatabaseException for {@link Opening#EXISTING} when the SQLite file does not exist
     * @throws EarlierStoreFileException when there is no SQLite file but an earlier build's embedded file
     * @throws org.awpt.adapters.sqlite.SqliteStoreException when the SQLite file cannot be opened or is damaged
     * @throws org.awpt.adapters.mongo.DatabaseUnavailableException when MongoDB does not answer within the timeout
     */
    public static Store open(DatabaseConfig database, Opening opening, LicenseTypeCatalog types, Clock clock) {
        Objects.requireNonNull(opening, "opening");
        if (database.sqlite()) {
            SqliteSettings settings = AdapterSettings.sqlite(database);
            Path earlier = settings.dataDirectory().resolve(EarlierStoreFileException.FILE_NAME);
            if (!Files.exists(settings.databaseFile()) && Files.exists(earlier)) {
                throw new EarlierStoreFileException(earlier, settings.databaseFile());
            }
            if (opening == Opening.EXISTING && !Files.exists(settings.databaseFile())) {
                throw new MissingDatabaseException(settings.databaseFile());
            }
            SqlitePersistence db = opening == Opening.CREATE ? SqlitePersistence.open(settings, types, clock)
                    : SqlitePersistence.openExisting(settings, types, clock);
            return new Store(database.describe(), Repositories.of(db), db, null);
        }
        MongoPersistence db = MongoPersistence.connect(AdapterSettings.mongo(database), types, clock);
        return new Store("MongoDB at " + database.uri().orElseThrow().masked() + ", database " + db.databaseName(),
                Repositories.of(db), null, db);
    }

    /** Where the data is, safe to log (no password). */
    public String describe() {
        return description;
    }

    /** Every repository port. */
    public Repositories repositories() {
        return repositories;
    }

    /** Every kind of record, read whole and copied in with its ids: for {@code awpt migrate} only. */
    public ShopRecords records() {
        return sqlite != null ? sqlite.records() : mongo.records();
    }

    /** The SQLite file, when the shop runs on SQLite (backups). */
    public Optional<SqlitePersistence> sqlite() {
        return Optional.ofNullable(sqlite);
    }

    /** The MongoDB database, when the shop runs on MongoDB (checks by {@code doctor}). */
    public Optional<MongoPersistence> mongo() {
        return Optional.ofNullable(mongo);
    }

    /**
     * A number that moves when another connection or process commits to the same file; only SQLite
     * has one (a running bot polls it to notice keys imported by the command line).
     */
    public Optional<LongSupplier> dataVersion() {
        return sqlite().map(db -> db::dataVersion);
    }

    /** Closes the database once; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sqlite != null) {
            sqlite.close();
        } else {
            mongo.close();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
