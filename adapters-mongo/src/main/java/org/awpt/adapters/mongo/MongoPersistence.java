package org.awpt.adapters.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import dev.morphia.Datastore;
import dev.morphia.Morphia;
import dev.morphia.config.ManualMorphiaConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.repository.MongoAuditLog;
import org.awpt.adapters.mongo.repository.MongoBuyerLanguageStore;
import org.awpt.adapters.mongo.repository.MongoCooldownStore;
import org.awpt.adapters.mongo.repository.MongoKeyRequestRepository;
import org.awpt.adapters.mongo.repository.MongoLicenseKeyRepository;
import org.awpt.adapters.mongo.repository.MongoLockdownStore;
import org.awpt.adapters.mongo.repository.MongoOnceRegistry;
import org.awpt.adapters.mongo.repository.MongoPaymentSessionRepository;
import org.awpt.adapters.mongo.repository.MongoProofStore;
import org.awpt.adapters.mongo.repository.MongoShopRecords;
import org.awpt.adapters.mongo.repository.MongoPurchaseTicketRepository;
import org.awpt.adapters.mongo.repository.MongoSalesLedger;
import org.awpt.adapters.mongo.repository.MongoStorefrontVisitRepository;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every repository port on one MongoDB database (in production a replica set). Indexes are declared
 * on the entities and created at start-up.
 */
public final class MongoPersistence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoPersistence.class);
    /** Databases of the server itself, never a shop's. */
    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
    /**
     * Unique indexes earlier builds created on {@code licensekeys} only for the embedded server
     * (redundant: {@code key} is unique on its own); dropped at start-up so writes stop paying for them.
     */
    private static final List<String> RETIRED_KEY_INDEXES = List.of("key_1_status_1", "key_1_rev_1");

    private final MongoClient client;
    private final boolean ownsClient;
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
    private final BuyerLanguageStore buyerLanguages;
    private final ProofStore proofs;
    private final ShopRecords records;
    private final SalesLedger sales;

    private MongoPersistence(MongoClient client, boolean ownsClient, Datastore datastore, LicenseTypeCatalog types,
            Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.datastore = datastore;
        MongoLicenseKeyRepository keys = new MongoLicenseKeyRepository(datastore, types);
        this.licenseKeys = keys;
        this.paymentSessions = new MongoPaymentSessionRepository(datastore);
        this.keyRequests = new MongoKeyRequestRepository(datastore);
        this.storefrontVisits = new MongoStorefrontVisitRepository(datastore);
        this.purchaseTickets = new MongoPurchaseTicketRepository(datastore);
        this.onceRegistry = new MongoOnceRegistry(datastore);
        this.auditLog = new MongoAuditLog(datastore);
        this.lockdowns = new MongoLockdownStore(datastore);
        this.cooldowns = new MongoCooldownStore(datastore);
        this.buyerLanguages = new MongoBuyerLanguageStore(datastore);
        this.proofs = new MongoProofStore(datastore, clock);
        this.records = MongoShopRecords.of(datastore, keys);
        this.sales = new MongoSalesLedger(datastore);
    }

    /**
     * Connects as configured, checks once that the server answers within the connect timeout, and
     * creates the indexes.
     *
     * @throws DatabaseUnavailableException when the server cannot be reached or prepared; the
     *         message names the URI without its password and what to check
     */
    public static MongoPersistence connect(MongoSettings settings, LicenseTypeCatalog types, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(clock, "clock");
        String shown = Uris.redact(settings.uri());
        ConnectionString connection;
        try {
            connection = new ConnectionString(settings.uri());
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailableException("The MongoDB URI " + shown + " is not valid: check its form, "
                    + "mongodb://user:password@host:27017/database", null);
        }
        String database = connection.getDatabase() != null ? connection.getDatabase() : settings.database();
        long timeoutMillis = settings.connectTimeout().toMillis();
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS))
                .build());
        try {
            client.getDatabase(database).runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new DatabaseUnavailableException("Cannot reach MongoDB at " + shown + " (database " + database
                    + ") within " + settings.connectTimeout().toSeconds() + " s: " + e.getClass().getSimpleName()
                    + ". Check that the server is running, that host and port are right, that this machine may "
                    + "connect to it (firewall, IP allow-list), and the user name and password.", e);
        }
        try {
            MongoPersistence persistence = new MongoPersistence(client, true, datastore(client, database), types, clock);
            LOG.info("Connected to MongoDB at {} (database {})", shown, database);
            return persistence;
        } catch (MongoException e) {
            client.close();
            throw new DatabaseUnavailableException("MongoDB at " + shown + " (database " + database
                    + ") refused AWPT's indexes: " + e.getMessage() + ". Duplicate key codes in licensekeys, or an "
                    + "index of the same name with other options, must be resolved first.", e);
        }
    }

    /**
     * The repositories on a database of a client the caller owns and closes (tests, tools, the
     * migration); creates the indexes.
     */
    public static MongoPersistence onClient(MongoClient client, String database, LicenseTypeCatalog types,
            Clock clock) {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(clock, "clock");
        return new MongoPersistence(client, false, datastore(client, database), types, clock);
    }

    private static Datastore datastore(MongoClient client, String database) {
        dropRetiredIndexes(client.getDatabase(database).getCollection(LicenseKeyEntity.COLLECTION));
        return Morphia.createDatastore(client, ManualMorphiaConfig.configure()
                .database(database)
                .packages(List.of(LicenseKeyEntity.class.getPackageName()))
                .applyIndexes(true));
    }

    private static void dropRetiredIndexes(MongoCollection<Document> licenseKeys) {
        Set<String> present = new HashSet<>();
        licenseKeys.listIndexes().forEach(index -> present.add(index.getString("name")));
        for (String name : RETIRED_KEY_INDEXES) {
            if (present.contains(name)) {
                licenseKeys.dropIndex(name);
                LOG.info("Dropped the index {} of {}, which AWPT no longer uses", name, LicenseKeyEntity.COLLECTION);
            }
        }
    }

    /**
     * The databases on the server holding a non-empty {@code licensekeys} collection, sorted by name
     * (the original bot's data may live in another database than AWPT's: Mongoose defaults to
     * {@code test}). Empty when the user may not list databases.
     */
    public static List<String> databasesHoldingLicenseKeys(MongoClient client) {
        List<String> names = new ArrayList<>();
        try {
            for (String name : client.listDatabaseNames()) {
                if (!SYSTEM_DATABASES.contains(name) && client.getDatabase(name)
                        .getCollection(LicenseKeyEntity.COLLECTION)
                        .countDocuments(new Document(), new CountOptions().limit(1)) > 0) {
                    names.add(name);
                }
            }
        } catch (MongoSecurityException | MongoCommandException refused) {
            LOG.info("Cannot list the server's databases to look for {} elsewhere: {}", LicenseKeyEntity.COLLECTION,
                    refused.getMessage());
            return List.of();
        }
        names.sort(null);
        return names;
    }

    /**
     * The databases other than this one holding a non-empty {@code licensekeys} collection: when
     * this one has none, the shop is likely pointed at the wrong database.
     */
    public List<String> otherDatabasesHoldingLicenseKeys() {
        return databasesHoldingLicenseKeys(client).stream().filter(name -> !name.equals(databaseName())).toList();
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

    /** Buyers' languages. */
    public BuyerLanguageStore buyerLanguages() {
        return buyerLanguages;
    }

    /** The cooldowns. */
    public CooldownStore cooldowns() {
        return cooldowns;
    }

    /** The stored proofs of payment. */
    public ProofStore proofs() {
        return proofs;
    }

    /** The sales ledger. */
    public SalesLedger sales() {
        return sales;
    }

    /** Every collection read whole and copied in with its ids: for moving the shop to another store, nothing else. */
    public ShopRecords records() {
        return records;
    }

    /** The Morphia datastore, for tests and tools of this module. */
    Datastore datastore() {
        return datastore;
    }

    /** Closes the connection if this instance opened it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
