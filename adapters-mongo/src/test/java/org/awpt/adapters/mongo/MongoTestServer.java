package org.awpt.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * One MongoDB server per test class, a fresh database per test (dropped after it): mongo-java-server
 * on its memory backend (loopback, random port), or the real server named by
 * {@code AWPT_TEST_MONGODB_URI} (the class is skipped, with a message saying so, when that is not set).
 * A JUnit extension; {@link #start} and {@link #stop} serve other lifecycles (jqwik's).
 */
public final class MongoTestServer implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    /** The environment variable naming a real MongoDB to run the contracts against. */
    public static final String URI_VARIABLE = "AWPT_TEST_MONGODB_URI";
    /** The clock of proof storage times in tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final boolean real;
    private MongoServer server;
    private MongoClient client;
    private String uri;
    private final List<String> databases = new ArrayList<>();
    private final List<MongoPersistence> opened = new ArrayList<>();
    private MongoPersistence reused;

    private MongoTestServer(boolean real) {
        this.real = real;
    }

    /** mongo-java-server on its memory backend. */
    public static MongoTestServer memory() {
        return new MongoTestServer(false);
    }

    /** The server named by {@code AWPT_TEST_MONGODB_URI}, or a skipped class. */
    public static MongoTestServer fromEnvironment() {
        return new MongoTestServer(true);
    }

    /** The URI of a real MongoDB to test against, when the environment names one. */
    public static Optional<String> realUri() {
        return Optional.ofNullable(System.getenv(URI_VARIABLE)).map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!start()) {
            String skipped = URI_VARIABLE + " is not set: " + context.getDisplayName()
                    + " (the contract against a real MongoDB) is skipped; it ran on the memory backend";
            LoggerFactory.getLogger(MongoTestServer.class).warn(skipped);
            Assumptions.abort(skipped);
        }
    }

    /** Starts the server and connects; false when a real server is asked for and none is named. */
    public synchronized boolean start() {
        if (real) {
            Optional<String> named = realUri();
            if (named.isEmpty()) {
                return false;
            }
            uri = named.get();
        } else {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        }
        client = MongoClients.create(uri);
        return true;
    }

    /** Every repository on a new, empty database with its indexes, default license types. */
    public synchronized MongoPersistence freshPersistence() {
        return freshPersistence(LicenseTypeCatalog.defaults());
    }

    /** Every repository on a new, empty database with its indexes. */
    public synchronized MongoPersistence freshPersistence(LicenseTypeCatalog types) {
        String database = "awpt_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        databases.add(database);
        MongoPersistence persistence = MongoPersistence.onClient(client, database, types, CLOCK);
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

    /** The server's connection string (no database). */
    public String uri() {
        return uri;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        dropDatabases();
    }

    /**
     * Every repository on one database of this server, emptied of its documents (collections and
     * indexes kept): far cheaper than {@link #freshPersistence} for many short runs. The same
     * database each time, until {@link #dropDatabases}.
     */
    public synchronized MongoPersistence emptiedPersistence() {
        if (reused == null) {
            reused = freshPersistence();
        }
        MongoDatabase database = client.getDatabase(reused.databaseName());
        database.listCollectionNames().forEach(collection -> database.getCollection(collection).deleteMany(new Document()));
        return reused;
    }

    /** Closes what {@link #freshPersistence} opened and drops its databases. */
    public synchronized void dropDatabases() {
        opened.forEach(MongoPersistence::close);
        opened.clear();
        reused = null;
        databases.forEach(name -> client.getDatabase(name).drop());
        databases.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Drops what is left, disconnects and stops the server. */
    public synchronized void stop() {
        if (client != null) {
            dropDatabases();
            client.close();
            client = null;
        }
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
