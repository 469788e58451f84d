package org.awpt.adapters.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.morphia.Datastore;
import dev.morphia.Morphia;
import dev.morphia.config.ManualMorphiaConfig;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.repository.MongoAuditLog;
import org.awpt.adapters.mongo.repository.MongoCooldownStore;
import org.awpt.adapters.mongo.repository.MongoKeyRequestRepository;
import org.awpt.adapters.mongo.repository.MongoLicenseKeyRepository;
import org.awpt.adapters.mongo.repository.MongoLockdownStore;
import org.awpt.adapters.mongo.repository.MongoOnceRegistry;
import org.awpt.adapters.mongo.repository.MongoPaymentSessionRepository;
import org.awpt.adapters.mongo.repository.MongoProofStore;
import org.awpt.adapters.mongo.repository.MongoPurchaseTicketRepository;
import org.awpt.adapters.mongo.repository.MongoStorefrontVisitRepository;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every repository port on one MongoDB database: a real server named by a URI, or the embedded
 * server when no URI is configured. Indexes are declared on the entities and created at start-up.
 */
public final class MongoPersistence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoPersistence.class);

    private final MongoClient client;
    private final boolean ownsClient;
    private final EmbeddedMongo embedded;
    private final Datastore datastore;
    private final LicenseKeyRepository licenseKeys;
    private final PaymentSessionRepository paymentSessions;
    private final KeyRequestRepository keyRequests;
    private final StorefrontVisitRepository storefrontVisits;
    private final PurchaseTicketRepository purchaseTickets;
    private final OnceRegistry onceRegistry;
    private final AuditLog auditLog;
    private final LockdownStore lockdowns;
    private final CooldownStore cooldowns;
    private final ProofStore proofs;

    private MongoPersistence(MongoClient client, boolean ownsClient, EmbeddedMongo embedded, Datastore datastore,
            LicenseTypeCatalog types, Clock clock, Writers writers) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.embedded = embedded;
        this.datastore = datastore;
        this.licenseKeys = new MongoLicenseKeyRepository(datastore, types, writers);
        this.paymentSessions = new MongoPaymentSessionRepository(datastore);
        this.keyRequests = new MongoKeyRequestRepository(datastore);
        this.storefrontVisits = new MongoStorefrontVisitRepository(datastore);
        this.purchaseTickets = new MongoPurchaseTicketRepository(datastore);
        this.onceRegistry = new MongoOnceRegistry(datastore);
        this.auditLog = new MongoAuditLog(datastore);
        this.lockdowns = new MongoLockdownStore(datastore);
        this.cooldowns = new MongoCooldownStore(datastore);
        this.proofs = new MongoProofStore(datastore, clock);
    }

    /**
     * Connects as configured, checks the server answers, and creates the indexes.
     *
     * @throws DatabaseUnavailableException when the server cannot be reached or prepared; the
     *         message names the URI without its password and what to check
     */
    public static MongoPersistence connect(MongoSettings settings, LicenseTypeCatalog types, Clock clock) {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(clock, "clock");
        if (settings.isEmbedded()) {
            EmbeddedMongo embedded = EmbeddedMongo.onDisk(settings.dataDirectory());
            try {
                return open(embedded.connectionString(), settings, embedded, types, clock);
            } catch (RuntimeException e) {
                embedded.close();
                throw e;
            }
        }
        return open(settings.uri().orElseThrow(), settings, null, types, clock);
    }

    /**
     * The repositories on a database of a client the caller owns and closes (tests, benchmarks,
     * tools), which other processes may write too; creates the indexes.
     */
    public static MongoPersistence onClient(MongoClient client, String database, LicenseTypeCatalog types,
            Clock clock) {
        return onClient(client, database, types, clock, Writers.SHARED);
    }

    /**
     * The repositories on a database of a client the caller owns and closes, saying who writes it:
     * {@link Writers#THIS_PROCESS} keeps key counts in memory, exact only if nothing else writes it.
     */
    public static MongoPersistence onClient(MongoClient client, String database, LicenseTypeCatalog types,
            Clock clock, Writers writers) {
        return new MongoPersistence(client, false, null, datastore(client, database), types, clock, writers);
    }

    private static Datastore datastore(MongoClient client, String database) {
        return Morphia.createDatastore(client, ManualMorphiaConfig.configure()
                .database(database)
                .packages(List.of(LicenseKeyEntity.class.getPackageName()))
                .applyIndexes(true));
    }

    private static MongoPersistence open(String uri, MongoSettings settings, EmbeddedMongo embedded,
            LicenseTypeCatalog types, Clock clock) {
        String shown = Uris.redact(uri);
        ConnectionString connection;
        try {
            connection = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailableException("The MongoDB URI " + shown + " is not valid: check its form, "
                    + "mongodb://user:password@host:27017/database", null);
        }
        String database = connection.getDatabase() != null ? connection.getDatabase() : settings.database();
        long timeoutMillis = settings.connectTimeout().toMillis();
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS));
        if (embedded != null) {
            embedded.commitAfterWrites().ifPresent(builder::addCommandListener);
        }
        MongoClient client = MongoClients.create(builder.build());
        try {
            client.getDatabase(database).runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new DatabaseUnavailableException("Cannot reach MongoDB at " + shown + " (database " + database
                    + "): " + e.getClass().getSimpleName() + ". Check that the server is running, that host and port "
                    + "are right, that this machine may connect to it (firewall, IP allow-list), and the user name "
                    + "and password.", e);
        }
        try {
            Datastore datastore = datastore(client, database);
            LOG.info("Connected to MongoDB at {} (database {})", shown, database);
            // The embedded server runs in this process on a random loopback port over a locked file:
            // nothing else writes it.
            return new MongoPersistence(client, true, embedded, datastore, types, clock,
                    embedded != null ? Writers.THIS_PROCESS : Writers.SHARED);
        } catch (MongoException e) {
            client.close();
            throw new DatabaseUnavailableException("MongoDB at " + shown + " (database " + database
                    + ") refused AWPT's indexes: " + e.getMessage() + ". Duplicate key codes in licensekeys, or an "
                    + "index of the same name with other options, must be resolved first.", e);
        }
    }

    /** The name of the database the repositories use. */
    public String databaseName() {
        return datastore.getDatabase().getName();
    }

    /** The key inventory. */
    public LicenseKeyRepository licenseKeys() {
        return licenseKeys;
    }

    /** The manual payment sessions. */
    public PaymentSessionRepository paymentSessions() {
        return paymentSessions;
    }

    /** The support key requests. */
    public KeyRequestRepository keyRequests() {
        return keyRequests;
    }

    /** The storefront visits. */
    public StorefrontVisitRepository storefrontVisits() {
        return storefrontVisits;
    }

    /** The purchase tickets. */
    public PurchaseTicketRepository purchaseTickets() {
        return purchaseTickets;
    }

    /** What happened once per subject (reminders sent, roles granted). */
    public OnceRegistry onceRegistry() {
        return onceRegistry;
    }

    /** The audit log. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The lockdown switches. */
    public LockdownStore lockdowns() {
        return lockdowns;
    }

    /** The cooldowns. */
    public CooldownStore cooldowns() {
        return cooldowns;
    }

    /** The stored proofs of payment. */
    public ProofStore proofs() {
        return proofs;
    }

    /** The Morphia datastore, for tests and tools of this module. */
    Datastore datastore() {
        return datastore;
    }

    /** Closes the connection if this instance opened it, then the embedded server if it started it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
