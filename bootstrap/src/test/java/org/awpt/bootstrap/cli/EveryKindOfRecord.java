package org.awpt.bootstrap.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.StoredRecords;
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
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.ticket.PurchaseTicket;

/** A SQLite shop holding every kind of record, in every state worth keeping, written through its ports. */
final class EveryKindOfRecord {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final DiscordUserId BUYER = new DiscordUserId(111111111111111111L);
    static final DiscordUserId ADMIN = new DiscordUserId(42L);
    static final DiscordUserId SUPPORT = new DiscordUserId(333333333333333333L);

    private EveryKindOfRecord() {
    }

    /** Fills the shop; returns how many records of each kind it wrote, by the report's names. */
    static Map<String, Integer> fill(SqlitePersistence shop) {
        List<LicenseKey> stock = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stock.add(LicenseKey.inStock(new KeyCode(code(i)), i < 5 ? LicenseTypeCode.WEEKLY : LicenseTypeCode.MONTHLY,
                    T0.plusMillis(i)));
        }
        shop.licenseKeys().insertAll(stock);
        var keys = shop.licenseKeys();
        LicenseKey robux = keys.claim(new ClaimOrder(OrderId.forRobuxPurchase(new RobloxUserId(4242L), 77L, 9L),
                LicenseType.weekly(), BUYER, new RobloxUserId(4242L), "ticket-1"), T0.plusSeconds(60)).orElseThrow();
        keys.markTold(robux.code(), DeliveryChannel.DIRECT_MESSAGE, T0.plusSeconds(61));
        SessionId sessionId = new SessionId("session000000000001");
        LicenseKey manual = keys.claim(new ClaimOrder(OrderId.forManualPayment(sessionId), LicenseType.weekly(), BUYER,
                null, "ticket-2"), T0.plusSeconds(120)).orElseThrow();
        keys.markDeliveryFailed(manual.code(), T0.plusSeconds(121));
        RequestId requestId = new RequestId("request-0001");
        LicenseKey reserved = keys.reserve(OrderId.forKeyRequestLine(requestId, 0), LicenseTypeCode.MONTHLY, SUPPORT,
                T0.plusSeconds(180)).orElseThrow();
        keys.approveReservation(OrderId.forKeyRequestLine(requestId, 0), ADMIN, T0.plusSeconds(240));
        LicenseKey revoked = keys.claim(new ClaimOrder(new OrderId("storefront:sellix:inv1:item1:0"),
                LicenseType.weekly(), BUYER, null, null), T0.plusSeconds(300)).orElseThrow();
        keys.revoke(revoked.code(), ADMIN, "chargeback", T0.plusSeconds(360));

        String proofId = shop.proofs().store(sessionId, ProofFormat.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        shop.proofs().store(new SessionId("session000000000002"), ProofFormat.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8});
        shop.paymentSessions().insert(new PaymentSession(sessionId, BUYER, LicenseTypeCode.WEEKLY, "gcash",
                new PaymentDetails("GCash", "TX-1", "+63 900", "a note"), "ticket-2", SessionStatus.APPROVED,
                new Proof(proofId, ProofFormat.PNG, 6, T0.plusSeconds(90)), T0.plusSeconds(30), T0.plusSeconds(125),
                ADMIN, T0.plusSeconds(125), null, manual.code(),
                List.of(new NoticeRef("c1", "m1"), new NoticeRef("c2", "m2")), 4));
        shop.paymentSessions().insert(PaymentSession.open(new SessionId("session000000000002"), BUYER,
                LicenseTypeCode.MONTHLY, "paypal", new PaymentDetails("PayPal", "TX-2", "buyer@example.com", ""), null, T0));
        shop.keyRequests().insert(new KeyRequest(requestId, SUPPORT, LicenseTypeCode.MONTHLY, List.of(reserved.code()),
                "for a giveaway", RequestStatus.APPROVED, T0.plusSeconds(180), ADMIN, T0.plusSeconds(240), 1));
        shop.storefrontVisits().insert(new StorefrontVisit("visit-1", BUYER, LicenseTypeCode.WEEKLY, "paypal",
                "https://shop.example/p/1", T0, null, 0));
        shop.storefrontVisits().insert(new StorefrontVisit("visit-2", BUYER, LicenseTypeCode.MONTHLY, "paypal",
                "https://shop.example/p/2", T0, T0.plusSeconds(5), 1));
        shop.purchaseTickets().save(PurchaseTicket.opened("ticket-1", "guild-1", BUYER, T0).withEmbed("embed-1"));
        shop.purchaseTickets().save(PurchaseTicket.opened("ticket-2", "guild-1", BUYER, T0).close(T0.plusSeconds(9)));
        shop.onceRegistry().markOnce("expiry-reminder", robux.code().masked(), T0.plusSeconds(400));
        shop.onceRegistry().markOnce("robux-cycle-closed", "4242:77:1", T0.plusSeconds(401));
        for (int i = 0; i < 3; i++) {
            // Three events of one instant: their order of arrival must survive.
            shop.auditLog().append(new AuditEvent("event-" + (3 - i), T0.plusSeconds(500), i == 0 ? null : ADMIN,
                    AuditAction.KEYS_IMPORTED, "weekly", Map.of("count", Integer.toString(i), "type", "weekly")));
        }
        shop.cooldowns().save(new Cooldown(BUYER, CooldownAction.ROBUX_VERIFICATION, 2, T0.plusSeconds(600)));
        shop.cooldowns().save(Cooldown.fresh(BUYER, CooldownAction.MANUAL_PAYMENT));
        shop.lockdowns().save(new Lockdown(Feature.IMPORTS, true, ADMIN, T0.plusSeconds(700), "audit"));
        // The revenue history: a priced Robux sale, a manual one whose amount keeps its scale, and a
        // storefront sale with no amount and no Discord buyer.
        shop.sales().record(new Sale(robux.orderId().value(), T0.plusSeconds(60), LicenseTypeCode.WEEKLY, "robux",
                Money.of("250", Money.ROBUX), List.of(robux.code().masked()), BUYER));
        shop.sales().record(new Sale(manual.orderId().value(), T0.plusSeconds(125), LicenseTypeCode.WEEKLY, "gcash",
                Money.of("149.50", "PHP"), List.of(manual.code().masked()), BUYER));
        shop.sales().record(new Sale(revoked.orderId().value(), T0.plusSeconds(300), LicenseTypeCode.WEEKLY, "paypal",
                null, List.of(revoked.code().masked()), null));
        return Map.ofEntries(Map.entry("license keys", 8), Map.entry("sales", 3), Map.entry("payment sessions", 2),
                Map.entry("payment proofs", 2), Map.entry("key requests", 1), Map.entry("storefront visits", 2),
                Map.entry("purchase tickets", 2), Map.entry("once-marks", 2), Map.entry("audit events", 3),
                Map.entry("cooldowns", 2), Map.entry("lockdowns", 1));
    }

    /** A valid key code, distinct per {@code i}. */
    static String code(int i) {
        return String.format("MIGRATE%025d", i);
    }

    /** Every record of every kind, in each store's export order. */
    static List<List<?>> everything(ShopRecords records) {
        return List.of(all(records.licenseKeys()), all(records.paymentSessions()), all(records.proofs()),
                all(records.keyRequests()), all(records.storefrontVisits()), all(records.purchaseTickets()),
                all(records.onceMarks()), all(records.auditEvents()), all(records.cooldowns()),
                all(records.lockdowns()), all(records.sales()));
    }

    private static <T> List<T> all(StoredRecords<T> records) {
        List<T> all = new ArrayList<>();
        Consumer<T> sink = all::add;
        if (!records.exportAll(sink).unreadable().isEmpty()) {
            throw new AssertionError("unreadable rows in a store the test wrote");
        }
        return all;
    }
}
