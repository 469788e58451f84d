package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceMark;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.application.port.StoredProof;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.awpt.domain.sale.Sale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShopRecords} does: each kind of record is exported whole and copied in with its
 * ids, a record already present is left as it is, and what was copied is what the ordinary ports
 * read. The fakes and every real adapter extend this suite.
 */
public abstract class ShopRecordsContract {
    /** When the sample records happened (whole milliseconds, as every store keeps them). */
    protected static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId ADMIN = new DiscordUserId(42L);
    private static final DiscordUserId SUPPORT = new DiscordUserId(333_333_333_333L);
    private static final OrderId ROBUX_ORDER = OrderId.forRobuxPurchase(new RobloxUserId(4242L), 77L, 9L);

    /**
     * A store under test: its records and its ordinary ports, over the same data.
     *
     * @param records   what the migration uses
     * @param keys      the key inventory
     * @param sessions  payment sessions
     * @param proofs    proofs of payment
     * @param requests  key requests
     * @param visits    storefront visits
     * @param tickets   purchase tickets
     * @param once      once-marks
     * @param audit     the audit log
     * @param cooldowns cooldowns
     * @param lockdowns lockdowns
     * @param sales     the sales ledger
     */
    public record Shop(ShopRecords records, LicenseKeyRepository keys, PaymentSessionRepository sessions,
            ProofStore proofs, KeyRequestRepository requests, StorefrontVisitRepository visits,
            PurchaseTicketRepository tickets, OnceRegistry once, AuditLog audit, CooldownStore cooldowns,
            LockdownStore lockdowns, SalesLedger sales) {
    }

    /** The store under test, new and empty for each test. */
    protected Shop shop;

    /** A new, empty store. */
    protected abstract Shop newShop();

    @BeforeEach
    void setUpShop() {
        shop = newShop();
    }

    @Test
    void anEmptyStoreExportsNothing() {
        for (StoredRecords<?> kind : kinds(shop.records())) {
            assertThat(exported(kind)).isEmpty();
        }
    }

    @Test
    void everyKindCopiedInIsExportedEqual() {
        copyEveryKind();

        ShopRecords records = shop.records();
        assertThat(exported(records.licenseKeys())).containsExactlyInAnyOrderElementsOf(keys());
        assertThat(exported(records.paymentSessions())).containsExactlyInAnyOrderElementsOf(sessions());
        assertThat(exported(records.proofs())).containsExactlyInAnyOrderElementsOf(proofs());
        assertThat(exported(records.keyRequests())).containsExactlyInAnyOrderElementsOf(requests());
        assertThat(exported(records.storefrontVisits())).containsExactlyInAnyOrderElementsOf(visits());
        assertThat(exported(records.purchaseTickets())).containsExactlyInAnyOrderElementsOf(tickets());
        assertThat(exported(records.onceMarks())).containsExactlyInAnyOrderElementsOf(marks());
        // The log keeps its order of arrival, also for events of one instant.
        assertThat(exported(records.auditEvents())).containsExactlyElementsOf(events());
        assertThat(exported(records.cooldowns())).containsExactlyInAnyOrderElementsOf(cooldowns());
        assertThat(exported(records.lockdowns())).containsExactlyInAnyOrderElementsOf(lockdowns());
        assertThat(exported(records.sales())).containsExactlyInAnyOrderElementsOf(sales());
    }

    @Test
    void copyingTheSameRecordsAgainCopiesNothing() {
        copyEveryKind();
        List<List<?>> before = everything();

        ShopRecords records = shop.records();
        assertThat(records.licenseKeys().importPreserving(keys())).isEqualTo(new CopyOutcome(0, 4, List.of()));
        assertThat(records.paymentSessions().importPreserving(sessions())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.proofs().importPreserving(proofs())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.keyRequests().importPreserving(requests())).isEqualTo(new CopyOutcome(0, 1, List.of()));
        assertThat(records.storefrontVisits().importPreserving(visits())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.purchaseTickets().importPreserving(tickets())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.onceMarks().importPreserving(marks())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.auditEvents().importPreserving(events())).isEqualTo(new CopyOutcome(0, 3, List.of()));
        assertThat(records.cooldowns().importPreserving(cooldowns())).isEqualTo(new CopyOutcome(0, 2, List.of()));
        assertThat(records.lockdowns().importPreserving(lockdowns())).isEqualTo(new CopyOutcome(0, 1, List.of()));
        assertThat(records.sales().importPreserving(sales())).isEqualTo(new CopyOutcome(0, 3, List.of()));
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void copiedRecordsAreWhatTheOrdinaryPortsRead() {
        copyEveryKind();

        for (LicenseKey key : keys()) {
            assertThat(shop.keys().findByCode(key.code())).contains(key);
        }
        assertThat(shop.keys().countByTypeAndStatus()).isEqualTo(Map.of(
                LicenseTypeCode.WEEKLY, Map.of(KeyStatus.AVAILABLE, 1L, KeyStatus.USED, 1L, KeyStatus.REVOKED, 1L),
                LicenseTypeCode.MONTHLY, Map.of(KeyStatus.REQUESTED, 1L)));
        assertThat(shop.keys().heldBy(BUYER)).hasSize(2);
        for (PaymentSession session : sessions()) {
            assertThat(shop.sessions().find(session.id())).contains(session);
        }
        for (StoredProof proof : proofs()) {
            assertThat(shop.proofs().load(proof.storageId())).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(proof.bytes()));
        }
        assertThat(shop.requests().find(requests().get(0).id())).contains(requests().get(0));
        for (StorefrontVisit visit : visits()) {
            assertThat(shop.visits().find(visit.id())).contains(visit);
        }
        for (PurchaseTicket ticket : tickets()) {
            assertThat(shop.tickets().find(ticket.channelId())).contains(ticket);
        }
        for (OnceMark mark : marks()) {
            assertThat(shop.once().isMarked(mark.topic(), mark.subject())).isTrue();
        }
        List<AuditEvent> newestFirst = new ArrayList<>(events());
        java.util.Collections.reverse(newestFirst);
        assertThat(shop.audit().recent(new AuditQuery(Optional.empty(), Optional.empty(), 10)))
                .containsExactlyElementsOf(newestFirst);
        for (Cooldown cooldown : cooldowns()) {
            assertThat(shop.cooldowns().find(cooldown.user(), cooldown.action())).contains(cooldown);
        }
        assertThat(shop.lockdowns().find(Feature.IMPORTS)).contains(lockdowns().get(0));
        List<Sale> ledger = new ArrayList<>();
        assertThat(shop.sales().salesBetween(T0, T0.plusSeconds(86_400), ledger::add)).isEqualTo(3);
        assertThat(ledger).containsExactlyElementsOf(sales());
    }

    @Test
    void copiedKeysSellAndKeepTheirOrders() {
        copyEveryKind();

        // The order already has its (copied) key: a retried claim gets that key, not another one.
        assertThat(shop.keys().claim(robuxOrder(), T0.plusSeconds(9_000))).contains(keys().get(1));
        LicenseKey sold = shop.keys().claim(new ClaimOrder(new OrderId("robux:new-order"), LicenseType.weekly(), BUYER,
                null, null), T0.plusSeconds(9_000)).orElseThrow();
        assertThat(sold.code()).isEqualTo(keys().get(0).code());
        assertThat(shop.keys().countAvailable(LicenseTypeCode.WEEKLY)).isZero();
    }

    @Test
    void recordsWrittenThroughThePortsAreExported() {
        shop.keys().insertAll(List.of(keys().get(0)));
        LicenseKey claimed = shop.keys().claim(robuxOrder(), T0.plusSeconds(60)).orElseThrow();
        shop.sessions().insert(sessions().get(1));
        String proofId = shop.proofs().store(sessions().get(1).id(), ProofFormat.WEBP, new byte[] {1, 2, 3});
        shop.once().markOnce("reminder", "subject-1", T0);
        shop.audit().append(events().get(0));
        shop.cooldowns().save(cooldowns().get(0));
        shop.lockdowns().save(lockdowns().get(0));
        shop.tickets().save(tickets().get(0));
        shop.visits().insert(visits().get(0));
        shop.requests().insert(requests().get(0));
        shop.sales().record(sales().get(0));

        ShopRecords records = shop.records();
        assertThat(exported(records.licenseKeys())).containsExactly(claimed);
        assertThat(exported(records.paymentSessions())).containsExactly(sessions().get(1));
        assertThat(exported(records.proofs())).singleElement().satisfies(proof -> {
            assertThat(proof.storageId()).isEqualTo(proofId);
            assertThat(proof.session()).isEqualTo(sessions().get(1).id());
            assertThat(proof.format()).isEqualTo(ProofFormat.WEBP);
            assertThat(proof.bytes()).containsExactly(1, 2, 3);
        });
        assertThat(exported(records.onceMarks())).containsExactly(new OnceMark("reminder", "subject-1", T0));
        assertThat(exported(records.auditEvents())).containsExactly(events().get(0));
        assertThat(exported(records.cooldowns())).containsExactly(cooldowns().get(0));
        assertThat(exported(records.lockdowns())).containsExactly(lockdowns().get(0));
        assertThat(exported(records.purchaseTickets())).containsExactly(tickets().get(0));
        assertThat(exported(records.storefrontVisits())).containsExactly(visits().get(0));
        assertThat(exported(records.keyRequests())).containsExactly(requests().get(0));
        assertThat(exported(records.sales())).containsExactly(sales().get(0));
    }

    @Test
    void aRecordAlreadyPresentIsLeftAsItIs() {
        Cooldown stored = new Cooldown(BUYER, CooldownAction.OPEN_TICKET, 1, T0);
        shop.cooldowns().save(stored);
        Lockdown open = new Lockdown(Feature.IMPORTS, false, ADMIN, T0, "");
        shop.lockdowns().save(open);
        LicenseKey inStock = keys().get(0);
        shop.keys().insertAll(List.of(inStock));

        CopyOutcome cooldowns = shop.records().cooldowns().importPreserving(List.of(
                new Cooldown(BUYER, CooldownAction.OPEN_TICKET, 5, T0.plusSeconds(3_600)), cooldowns().get(0)));
        CopyOutcome lockdowns = shop.records().lockdowns().importPreserving(lockdowns());
        CopyOutcome keys = shop.records().licenseKeys().importPreserving(List.of(
                inStock.deliver(robuxOrder(), T0.plusSeconds(60))));

        assertThat(cooldowns).isEqualTo(new CopyOutcome(1, 1, List.of()));
        assertThat(lockdowns).isEqualTo(new CopyOutcome(0, 1, List.of()));
        assertThat(keys).isEqualTo(new CopyOutcome(0, 1, List.of()));
        assertThat(shop.cooldowns().find(BUYER, CooldownAction.OPEN_TICKET)).contains(stored);
        assertThat(shop.lockdowns().find(Feature.IMPORTS)).contains(open);
        assertThat(shop.keys().findByCode(inStock.code())).contains(inStock);
        assertThat(shop.keys().findByOrder(ROBUX_ORDER)).isEmpty();
    }

    @Test
    void aKeyWhoseOrderHasAnotherKeyIsRefusedAndNamedByItsMaskedCode() {
        shop.keys().insertAll(List.of(keys().get(0)));
        LicenseKey holder = shop.keys().claim(robuxOrder(), T0.plusSeconds(60)).orElseThrow();
        LicenseKey rival = LicenseKey.inStock(new KeyCode(code(9)), LicenseTypeCode.WEEKLY, T0)
                .deliver(robuxOrder(), T0.plusSeconds(61));
        LicenseKey fresh = LicenseKey.inStock(new KeyCode(code(8)), LicenseTypeCode.WEEKLY, T0);

        CopyOutcome outcome = shop.records().licenseKeys().importPreserving(List.of(rival, fresh));

        assertThat(outcome.copied()).isOne();
        assertThat(outcome.alreadyPresent()).isZero();
        assertThat(outcome.refused()).singleElement().asString()
                .contains(rival.code().masked()).contains(ROBUX_ORDER.value()).doesNotContain(rival.code().value());
        assertThat(shop.keys().findByCode(rival.code())).isEmpty();
        assertThat(shop.keys().findByOrder(ROBUX_ORDER)).contains(holder);
        assertThat(shop.keys().findByCode(fresh.code())).contains(fresh);
    }

    @Test
    void manyRecordsAreExportedOnceEachInAStableOrder() {
        List<LicenseKey> many = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(LicenseKey.inStock(new KeyCode(code(1_000 + i)), LicenseTypeCode.MONTHLY, T0.plusMillis(i % 7)));
            events.add(new AuditEvent(String.format("bulk-%05d", 2_500 - i), T0, null, AuditAction.KEYS_IMPORTED,
                    "monthly", Map.of()));
        }
        assertThat(shop.records().licenseKeys().importPreserving(many).copied()).isEqualTo(2_500);
        assertThat(shop.records().auditEvents().importPreserving(events).copied()).isEqualTo(2_500);

        assertThat(exported(shop.records().licenseKeys())).containsExactlyInAnyOrderElementsOf(many)
                .isEqualTo(exported(shop.records().licenseKeys()));
        assertThat(exported(shop.records().auditEvents())).containsExactlyElementsOf(events);
    }

    private void copyEveryKind() {
        ShopRecords records = shop.records();
        assertThat(records.licenseKeys().importPreserving(keys())).isEqualTo(new CopyOutcome(4, 0, List.of()));
        assertThat(records.paymentSessions().importPreserving(sessions())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.proofs().importPreserving(proofs())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.keyRequests().importPreserving(requests())).isEqualTo(new CopyOutcome(1, 0, List.of()));
        assertThat(records.storefrontVisits().importPreserving(visits())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.purchaseTickets().importPreserving(tickets())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.onceMarks().importPreserving(marks())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.auditEvents().importPreserving(events())).isEqualTo(new CopyOutcome(3, 0, List.of()));
        assertThat(records.cooldowns().importPreserving(cooldowns())).isEqualTo(new CopyOutcome(2, 0, List.of()));
        assertThat(records.lockdowns().importPreserving(lockdowns())).isEqualTo(new CopyOutcome(1, 0, List.of()));
        assertThat(records.sales().importPreserving(sales())).isEqualTo(new CopyOutcome(3, 0, List.of()));
    }

    private List<List<?>> everything() {
        return kinds(shop.records()).stream().<List<?>>map(ShopRecordsContract::exported).toList();
    }

    private static List<StoredRecords<?>> kinds(ShopRecords records) {
        return List.of(records.licenseKeys(), records.paymentSessions(), records.proofs(), records.keyRequests(),
                records.storefrontVisits(), records.purchaseTickets(), records.onceMarks(), records.auditEvents(),
                records.cooldowns(), records.lockdowns(), records.sales());
    }

    /** Every record of a kind; fails on an unreadable row (the records here are all valid). */
    protected static <T> List<T> exported(StoredRecords<T> kind) {
        List<T> all = new ArrayList<>();
        Consumer<T> sink = all::add;
        RecordScan scan = kind.exportAll(sink);
        assertThat(scan.unreadable()).isEmpty();
        assertThat(scan.records()).isEqualTo(all.size());
        return all;
    }

    /** A valid key code, distinct per {@code n}. */
    protected static String code(int n) {
        return String.format("COPY%028d", n);
    }

    private static ClaimOrder robuxOrder() {
        return new ClaimOrder(ROBUX_ORDER, LicenseType.weekly(), BUYER, new RobloxUserId(4242L), "ticket-1");
    }

    /** In stock, sold (told by DM), reserved and approved, revoked after a failed delivery. */
    private static List<LicenseKey> keys() {
        LicenseKey available = LicenseKey.inStock(new KeyCode(code(0)), LicenseTypeCode.WEEKLY, T0);
        LicenseKey sold = LicenseKey.inStock(new KeyCode(code(1)), LicenseTypeCode.WEEKLY, T0.plusMillis(1))
                .deliver(robuxOrder(), T0.plusSeconds(60)).markTold(DeliveryChannel.DIRECT_MESSAGE, T0.plusSeconds(61));
        LicenseKey requested = LicenseKey.inStock(new KeyCode(code(2)), LicenseTypeCode.MONTHLY, T0.plusMillis(2))
                .reserve(OrderId.forKeyRequestLine(new RequestId("request-0001"), 0), SUPPORT, T0.plusSeconds(120))
                .approveReservation(ADMIN, T0.plusSeconds(180));
        LicenseKey revoked = LicenseKey.inStock(new KeyCode(code(3)), LicenseTypeCode.WEEKLY, T0.plusMillis(3))
                .deliver(new ClaimOrder(OrderId.forManualPayment(new SessionId("session000000000001")),
                        LicenseType.weekly(), BUYER, null, "ticket-2"), T0.plusSeconds(240))
                .markDeliveryFailed(T0.plusSeconds(241)).revoke(ADMIN, "chargeback", T0.plusSeconds(300));
        return List.of(available, sold, requested, revoked);
    }

    private static List<PaymentSession> sessions() {
        return List.of(new PaymentSession(new SessionId("session000000000001"), BUYER, LicenseTypeCode.WEEKLY, "gcash",
                new PaymentDetails("GCash", "TX-1", "+63 900", "a note"), "ticket-2", SessionStatus.APPROVED,
                new Proof(proofId(1), ProofFormat.PNG, 4, T0.plusSeconds(30)), T0, T0.plusSeconds(240), ADMIN,
                T0.plusSeconds(240), null, new KeyCode(code(3)),
                List.of(new NoticeRef("channel-1", "message-1"), new NoticeRef("channel-2", "message-2")), 3),
                PaymentSession.open(new SessionId("session000000000002"), BUYER, LicenseTypeCode.MONTHLY, "paypal",
                        new PaymentDetails("PayPal", "TX-2", "buyer@example.com", ""), null, T0.plusSeconds(5)));
    }

    /** Ids in MongoDB's object-id form, as every store makes them. */
    private static String proofId(int n) {
        return String.format("%024x", n);
    }

    private static List<StoredProof> proofs() {
        return List.of(new StoredProof(proofId(1), new SessionId("session000000000001"), ProofFormat.PNG,
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, T0.plusSeconds(30)),
                new StoredProof(proofId(2), new SessionId("session000000000002"), ProofFormat.JPEG,
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, T0.plusSeconds(31)));
    }

    private static List<KeyRequest> requests() {
        return List.of(new KeyRequest(new RequestId("request-0001"), SUPPORT, LicenseTypeCode.MONTHLY,
                List.of(new KeyCode(code(2))), "for a giveaway", RequestStatus.APPROVED, T0.plusSeconds(120), ADMIN,
                T0.plusSeconds(180), 1));
    }

    private static List<StorefrontVisit> visits() {
        return List.of(new StorefrontVisit("visit-1", BUYER, LicenseTypeCode.WEEKLY, "paypal", "https://shop.example/1",
                        T0, null, 0),
                new StorefrontVisit("visit-2", BUYER, LicenseTypeCode.MONTHLY, "paypal", "https://shop.example/2", T0,
                        T0.plusSeconds(5), 1));
    }

    private static List<PurchaseTicket> tickets() {
        return List.of(PurchaseTicket.opened("ticket-1", "guild-1", BUYER, T0).withEmbed("embed-1")
                        .activeAt(T0.plusSeconds(3)).deliveredAt(T0.plusSeconds(4)).warnedAt(T0.plusSeconds(5)),
                PurchaseTicket.opened("ticket-2", "guild-1", BUYER, T0).close(T0.plusSeconds(9), T0.plusSeconds(19)));
    }

    private static List<OnceMark> marks() {
        return List.of(new OnceMark("expiry-reminder", "COPY...0001", T0.plusSeconds(400)),
                new OnceMark("robux-cycle-closed", "4242:77:1", T0.plusSeconds(401)));
    }

    /** Three events of one instant, appended with their ids in descending order. */
    private static List<AuditEvent> events() {
        return List.of(new AuditEvent("event-3", T0.plusSeconds(500), null, AuditAction.KEYS_IMPORTED, "weekly",
                        Map.of("count", "1")),
                new AuditEvent("event-2", T0.plusSeconds(500), ADMIN, AuditAction.KEY_REVOKED, "COPY...0003",
                        Map.of("reason", "chargeback", "type", "weekly")),
                new AuditEvent("event-1", T0.plusSeconds(500), ADMIN, AuditAction.LOCKDOWN_CHANGED, "imports", Map.of()));
    }

    private static List<Cooldown> cooldowns() {
        return List.of(new Cooldown(BUYER, CooldownAction.ROBUX_VERIFICATION, 2, T0.plusSeconds(600)),
                Cooldown.fresh(BUYER, CooldownAction.MANUAL_PAYMENT));
    }

    /**
     * A Robux sale with its price, a manual one whose amount keeps its scale, and a storefront sale of
     * two keys with no amount and no Discord buyer; in the order the ledger reads them.
     */
    private static List<Sale> sales() {
        return List.of(new Sale(ROBUX_ORDER.value(), T0.plusSeconds(60), LicenseTypeCode.WEEKLY, "robux",
                        Money.of("250", Money.ROBUX), List.of(new KeyCode(code(1)).masked()), BUYER),
                new Sale("manual:session000000000001", T0.plusSeconds(240), LicenseTypeCode.WEEKLY, "gcash",
                        Money.of("149.50", "PHP"), List.of(new KeyCode(code(3)).masked()), BUYER),
                new Sale("storefront:sellix:inv-1:item-1", T0.plusSeconds(800), LicenseTypeCode.MONTHLY, "paypal",
                        null, List.of(new KeyCode(code(5)).masked(), new KeyCode(code(6)).masked()), null));
    }

    private static List<Lockdown> lockdowns() {
        return List.of(new Lockdown(Feature.IMPORTS, true, ADMIN, T0.plusSeconds(700), "audit"));
    }
}
