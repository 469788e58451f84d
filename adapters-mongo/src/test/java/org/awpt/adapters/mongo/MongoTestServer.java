package org.awpt.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * One MongoDB server per test class, a fresh database per test: the embedded server on its memory
 * backend, or the real server named by {@code AWPT_TEST_MONGODB_URI} (the class is skipped, with a
 * message saying so, when that is not set).
 */
public final class MongoTestServer implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    /** The environment variable naming a real MongoDB to run the contracts against. */
    public static final String URI_VARIABLE = "AWPT_TEST_MONGODB_URI";
    /** The clock of proof storage times in tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final boolean real;
    private EmbeddedMongo embedded;
    private MongoClient client;
    private final List<String> databases = new ArrayList<>();
    private final List<MongoPersistence> opened = new ArrayList<>();

    private MongoTestServer(boolean real) {
        this.real = real;
    }

    /** The embedded server, memory backend. */
    public static MongoTestServer embedded() {
        return new MongoTestServer(false);
    }

    /** The server named by {@code AWPT_TEST_MONGODB_URI}, or a skipped class. */
    public static MongoTestServer fromEnvironment() {
        return new MongoTestServer(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (real) {
            String uri = System.getenv(URI_VARIABLE);
            if (uri == null || uri.isBlank()) {
                String skipped = URI_VARIABLE + " is not set: " + context.getDisplayName()
                        + " (the contract against a real MongoDB) is skipped; it ran on the embedded server";
                LoggerFactory.getLogger(MongoTestServer.class).warn(skipped);
                Assumptions.abort(skipped);
            }
            client = MongoClients.create(uri);
        } else {
            embedded = EmbeddedMongo.inMemory();
            client = MongoClients.create(embedded.connectionString());
        }
    }

    /** Every repository on a new, empty database with its indexes, default license types. */
    public synchronized MongoPersistence freshPersistence() {
        return freshPersistence(LicenseTypeCatalog.defaults());
    }

    /** Every repository on a new, empty database with its indexes. */
    public synchronized MongoPersistence freshPersistence(LicenseTypeCatalog types) {
        return freshPersistence(types, Writers.SHARED);
    }

    /**
     * Every repository on a new, empty database with its indexes, default license types, saying who
     * writes it ({@link Writers#THIS_PROCESS} only where the test writes through the repositories alone).
     */
    public synchronized MongoPersistence freshPersistence(Writers writers) {
        return freshPersistence(LicenseTypeCatalog.defaults(), writers);
    }

    private MongoPersistence freshPersistence(LicenseTypeCatalog types, Writers writers) {
        String database = "awpt_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        databases.add(database);
        MongoPersistence persistence = MongoPersistence.onClient(client, database, types, CLOCK, writers);
        opened.add(persistence);
        return persistence;
    }

    /**
     * A new instance of every repository over the database of the last {@link #freshPersistence}, as
     * a restarted shop sees it (the indexes are declared again, as at every start-up).
     */
    public synchronized MongoPersistence reopenedLast() {
        MongoPersistence persistence = MongoPersistence.onClient(client, databases.get(databases.size() - 1),
                LicenseTypeCatalog.defaults(), CLOCK);
        opened.add(persistence);
        return persistence;
    }

    /** The client, for raw documents. */
    public MongoClient client() {
        return client;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        opened.forEach(MongoPersistence::close);
        opened.clear();
        databases.forEach(name -> client.getDatabase(name).drop());
        databases.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
