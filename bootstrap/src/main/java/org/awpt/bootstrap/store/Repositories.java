package org.awpt.bootstrap.store;

import java.util.Objects;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.sqlite.SqlitePersistence;
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
import org.awpt.application.port.StorefrontVisitRepository;

/**
 * Every repository port of one opened database.
 *
 * @param licenseKeys      the key inventory
 * @param paymentSessions  manual payment sessions
 * @param keyRequests      support key requests
 * @param storefrontVisits storefront visits
 * @param purchaseTickets  purchase tickets
 * @param onceRegistry     things done once (reminders)
 * @param auditLog         the audit log
 * @param lockdowns        lockdown switches
 * @param cooldowns        cooldowns
 * @param proofs           payment proofs
 * @param sales            the sales ledger
 * @param buyerLanguages   the language each buyer's Discord client last reported
 */
public record Repositories(LicenseKeyRepository licenseKeys, PaymentSessionRepository paymentSessions,
        KeyRequestRepository keyRequests, StorefrontVisitRepository storefrontVisits,
        PurchaseTicketRepository purchaseTickets, OnceRegistry onceRegistry, AuditLog auditLog,
        LockdownStore lockdowns, CooldownStore cooldowns, ProofStore proofs, SalesLedger sales,
        BuyerLanguageStore buyerLanguages) {
    /** Checks every port is present. */
    public Repositories {
        Objects.requireNonNull(licenseKeys, "licenseKeys");
        Objects.requireNonNull(paymentSessions, "paymentSessions");
        Objects.requireNonNull(keyRequests, "keyRequests");
        Objects.requireNonNull(storefrontVisits, "storefrontVisits");
        Objects.requireNonNull(purchaseTickets, "purchaseTickets");
        Objects.requireNonNull(onceRegistry, "onceRegistry");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(lockdowns, "lockdowns");
        Objects.requireNonNull(cooldowns, "cooldowns");
        Objects.requireNonNull(proofs, "proofs");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(buyerLanguages, "buyerLanguages");
    }

    /** The ports of a SQLite file. */
    static Repositories of(SqlitePersistence db) {
        return new Repositories(db.licenseKeys(), db.paymentSessions(), db.keyRequests(), db.storefrontVisits(),
                db.purchaseTickets(), db.onceRegistry(), db.auditLog(), db.lockdowns(), db.cooldowns(), db.proofs(),
                db.sales(), db.buyerLanguages());
    }

    /** The ports of a MongoDB database. */
    static Repositories of(MongoPersistence db) {
        return new Repositories(db.licenseKeys(), db.paymentSessions(), db.keyRequests(), db.storefrontVisits(),
                db.purchaseTickets(), db.onceRegistry(), db.auditLog(), db.lockdowns(), db.cooldowns(), db.proofs(),
                db.sales(), db.buyerLanguages());
    }
}
