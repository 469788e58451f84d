package org.awpt.application.port;

import java.util.Objects;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.sale.Sale;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * Every kind of record a store keeps, each readable whole and copyable in with its ids: what moving
 * a shop between stores ({@code awpt migrate}) works on. Only the migration holds it; the
 * buyer-facing use cases hold the narrow repository ports.
 *
 * @param licenseKeys      the key inventory, by key code
 * @param paymentSessions  manual payment sessions, by session id
 * @param proofs           proofs of payment, by storage id
 * @param keyRequests      support key requests, by request id
 * @param storefrontVisits visits to the external storefront, by visit id
 * @param purchaseTickets  purchase tickets, by channel id
 * @param onceMarks        things done once, by topic and subject
 * @param auditEvents      the audit log, by event id, in the order the events were appended
 * @param cooldowns        cooldowns, by user and action
 * @param lockdowns        lockdown switches, by feature
 * @param sales            the sales ledger (revenue history), by sale reference
 */
public record ShopRecords(StoredRecords<LicenseKey> licenseKeys, StoredRecords<PaymentSession> paymentSessions,
        StoredRecords<StoredProof> proofs, StoredRecords<KeyRequest> keyRequests,
        StoredRecords<StorefrontVisit> storefrontVisits, StoredRecords<PurchaseTicket> purchaseTickets,
        StoredRecords<OnceMark> onceMarks, StoredRecords<AuditEvent> auditEvents, StoredRecords<Cooldown> cooldowns,
        StoredRecords<Lockdown> lockdowns, StoredRecords<Sale> sales) {
    /** Checks every kind is present. */
    public ShopRecords {
        Objects.requireNonNull(licenseKeys, "licenseKeys");
        Objects.requireNonNull(paymentSessions, "paymentSessions");
        Objects.requireNonNull(proofs, "proofs");
        Objects.requireNonNull(keyRequests, "keyRequests");
        Objects.requireNonNull(storefrontVisits, "storefrontVisits");
        Objects.requireNonNull(purchaseTickets, "purchaseTickets");
        Objects.requireNonNull(onceMarks, "onceMarks");
        Objects.requireNonNull(auditEvents, "auditEvents");
        Objects.requireNonNull(cooldowns, "cooldowns");
        Objects.requireNonNull(lockdowns, "lockdowns");
        Objects.requireNonNull(sales, "sales");
    }
}
