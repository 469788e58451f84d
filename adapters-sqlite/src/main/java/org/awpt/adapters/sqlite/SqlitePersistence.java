package org.awpt.adapters.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.license.LicenseTypeCatalog;

/**
 * Every repository port on one SQLite file ({@code awpt.db} in the data folder): WAL, one writer at a
 * time, an integrity check on open. Several processes may use the file at once (the bot and the
 * CLI); {@link #dataVersion()} tells when another one committed.
 */
public final class SqlitePersistence implements AutoCloseable {
    private final SqliteDatabase database;
    private final ClaimBatcher claims;
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

    private SqlitePersistence(SqliteDatabase database, LicenseTypeCatalog types, Clock clock) {
        this.database = database;
        this.claims = new ClaimBatcher(database);
        SqliteLicenseKeyRepository keys = new SqliteLicenseKeyRepository(database, claims, types);
        this.licenseKeys = keys;
        this.paymentSessions = new SqlitePaymentSessionRepository(database);
        this.keyRequests = new SqliteKeyRequestRepository(database);
        this.storefrontVisits = new SqliteStorefrontVisitRepository(database);
        this.purchaseTickets = new SqlitePurchaseTicketRepository(database);
        this.onceRegistry = new SqliteOnceRegistry(database);
        this.auditLog = new SqliteAuditLog(database);
        this.lockdowns = new SqliteLockdownStore(database);
        this.cooldowns = new SqliteCooldownStore(database);
        this.buyerLanguages = new SqliteBuyerLanguageStore(database);
        this.proofs = new SqliteProofStore(database, clock);
        this.records = SqliteShopRecords.of(database, keys);
        this.sales = new SqliteSalesLedger(database);
    }

    /**
     * Opens the store, creating the data folder (0700) and a new, empty shop (0600) when the file is
     * absent, and bringing an older schema up to date.
     *
     * @throws SqliteStoreException when the file is damaged, empty, not an AWPT store, of a newer
     *         schema, or cannot be written
     */
    public static SqlitePersistence open(SqliteSettings settings, LicenseTypeCatalog types, Clock clock) {
        return new SqlitePersistence(SqliteDatabase.open(settings, true), types, clock);
    }

    /**
     * Opens an existing store (for commands that must not create a shop by accident).
     *
     * @throws SqliteStoreException when the file is missing, or for any reason {@link #open} refuses
     */
    public static SqlitePersistence openExisting(SqliteSettings settings, LicenseTypeCatalog types, Clock clock) {
        return new SqlitePersistence(SqliteDatabase.open(settings, false), types, clock);
    }

    /** The database file. */
    public Path databaseFile() {
        return database.file();
    }

    /** The key inventory. */
    public LicenseKeyRepository licenseKeys() {
        return licenseKeys;
    }

    /** Manual payment sessions. */
    public PaymentSessionRepository paymentSessions() {
        return paymentSessions;
    }

    /** Support key requests. */
    public KeyRequestRepository keyRequests() {
        return keyRequests;
    }

    /** Visits to the external storefront. */
    public StorefrontVisitRepository storefrontVisits() {
        return storefrontVisits;
    }

    /** Purchase tickets. */
    public PurchaseTicketRepository purchaseTickets() {
        return purchaseTickets;
    }

    /** Things done at most once. */
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

    /** Cooldowns. */
    public CooldownStore cooldowns() {
        return cooldowns;
    }

    /** Buyers' languages. */
    public BuyerLanguageStore buyerLanguages() {
        return buyerLanguages;
    }

    /** Proofs of payment, as BLOBs of up to 8 MiB each. */
    public ProofStore proofs() {
        return proofs;
    }

    /** The sales ledger. */
    public SalesLedger sales() {
        return sales;
    }

    /** Every table read whole and copied in with its ids: for moving the shop to another store, nothing else. */
    public ShopRecords records() {
        return records;
    }

    /**
     * Writes a consistent copy of the store to {@code target} while others keep writing
     * ({@code VACUUM INTO}: one read transaction, so the copy is the store as of one commit).
     *
     * @throws SqliteStoreException when {@code target} exists or cannot be written
     */
    public void backupTo(Path target) {
        database.backupTo(Objects.requireNonNull(target, "target"));
    }

    /**
     * {@code PRAGMA data_version} on one dedicated connection: it changes whenever another
     * connection (of this process or another one) committed since the last call.
     */
    public long dataVersion() {
        return database.dataVersion();
    }

    /** Closes every connection; the WAL is checkpointed by the last one. */
    @Override
    public void close() {
        claims.close();
        database.close();
    }
}
