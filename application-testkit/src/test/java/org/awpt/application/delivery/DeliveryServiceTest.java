package org.awpt.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.OTHER_BUYER;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awpt.application.fake.RecordingAdminNotifier.FallBack;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.manual.Approval;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.DecidePayment;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.manual.RejectPayment;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.junit.jupiter.api.Test;

class DeliveryServiceTest {
    private final BuyerShop shop = new BuyerShop().stock(WEEKLY, 10);

    /** A buyer notifier that only tells keys, the way {@code tell} does. */
    private static BuyerNotifier tellingKeysBy(java.util.function.Function<LicenseKey, DeliveryChannel> tell) {
        return new BuyerNotifier() {
            @Override
            public DeliveryChannel deliverKey(LicenseKey key, LicenseType type) {
                return tell.apply(key);
            }

            @Override
            public void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys) {
                throw new AssertionError("not used");
            }

            @Override
            public void paymentClosed(PaymentSession session) {
                throw new AssertionError("not used");
            }
        };
    }

    private LicenseKey claim(String order, DiscordUserId buyer, String ticket) {
        LicenseType weekly = shop.settings.types().require(WEEKLY);
        return shop.keys.claim(new ClaimOrder(new OrderId(order), weekly, buyer, null, ticket), shop.clock.instant())
                .orElseThrow();
    }

    private LicenseKey now(LicenseKey key) {
        return shop.keys.findByCode(key.code()).orElseThrow();
    }

    @Test
    void aKeyIsToldByDirectMessageOnce() {
        LicenseKey key = claim("test:1", BUYER, "ticket-1");

        assertThat(shop.delivery.deliver(key.code())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.delivery.deliver(key.code())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(now(key).delivery().channel()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(now(key).delivery().toldAt()).isEqualTo(shop.clock.instant());
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.buyers.keyDeliveries().get(0).type().code()).isEqualTo(WEEKLY);
        assertThat(shop.admins.deliveryFallBacks()).isEmpty();
        assertOnlyAuditedDelivered(key, DeliveryChannel.DIRECT_MESSAGE);
    }

    /** The audit log holds exactly one event: the shop delivered {@code key} of order test:1 to BUYER via {@code via}. */
    private void assertOnlyAuditedDelivered(LicenseKey key, DeliveryChannel via) {
        assertThat(shop.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.KEY_DELIVERED);
            assertThat(e.actor()).as("the shop delivers").isNull();
            assertThat(e.subject()).isEqualTo(key.code().masked());
            assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(Map.of("channel", via.name(),
                    "holder", BUYER.asString(), "type", "weekly", "order", "test:1"));
        });
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void closedDirectMessagesFallBackToTheTicketAndAdminsAreTold() {
        LicenseKey key = claim("test:1", BUYER, "ticket-1");
        shop.buyers.closeDirectMessages();

        assertThat(shop.delivery.deliver(key.code())).isEqualTo(DeliveryChannel.TICKET);

        assertThat(now(key).delivery().channel()).isEqualTo(DeliveryChannel.TICKET);
        assertThat(shop.admins.deliveryFallBacks()).singleElement().satisfies(f -> {
            assertThat(f.key().code()).isEqualTo(key.code());
            assertThat(f.via()).isEqualTo(DeliveryChannel.TICKET);
        });
    }

    @Test
    void aTicketFallbackIsAuditedOnceAsDeliveredThroughTheTicket() {
        LicenseKey key = claim("test:1", BUYER, "ticket-1");
        shop.buyers.closeDirectMessages();

        shop.delivery.deliver(key.code());
        shop.delivery.deliver(key.code());

        assertOnlyAuditedDelivered(key, DeliveryChannel.TICKET);
    }

    @Test
    void aRetriedDeliveryIsAuditedAsDeliveredOnceAfterItsFailures() {
        LicenseKey key = claim("test:1", BUYER, null);
        shop.buyers.closeDirectMessages();
        shop.delivery.deliver(key.code());
        shop.clock.advance(Duration.ofMinutes(2));
        shop.delivery.retryPending();
        shop.buyers.reopen();
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.delivery.retryPending()).isEqualTo(1);
        shop.clock.advance(Duration.ofMinutes(5));
        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(shop.delivery.deliver(key.code())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.delivery.myLicenses(as(BUYER))).hasSize(1);

        assertThat(shop.audit.all()).extracting(AuditEvent::action).containsExactly(AuditAction.DELIVERY_FAILED,
                AuditAction.DELIVERY_FAILED, AuditAction.KEY_DELIVERED);
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(now(key).delivery().toldAt());
            assertThat(e.details()).containsEntry("channel", "DIRECT_MESSAGE");
        });
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void whenEveryChannelFailsTheKeyStaysClaimedAndPendingUntilTheSweeperTellsTheBuyer() {
        LicenseKey key = claim("test:1", BUYER, null);
        shop.buyers.closeDirectMessages();

        assertThat(shop.delivery.deliver(key.code())).isNull();

        LicenseKey pending = now(key);
        assertThat(pending.holder()).isEqualTo(BUYER);
        assertThat(pending.hasPendingDelivery()).isTrue();
        assertThat(pending.delivery().attempts()).isEqualTo(1);
        assertThat(shop.admins.deliveryFallBacks()).extracting(FallBack::via).containsExactly((DeliveryChannel) null);
        assertThat(shop.audit.ofAction(AuditAction.DELIVERY_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("attempts", "1"));

        shop.clock.advance(Duration.ofMinutes(2));
        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(now(key).delivery().attempts()).isEqualTo(2);
        assertThat(shop.admins.deliveryFallBacks()).hasSize(1);

        shop.buyers.reopen();
        assertThat(shop.delivery.retryPending()).as("backing off for 2 minutes after the 2nd failure").isZero();
        shop.clock.advance(Duration.ofMinutes(2));
        assertThat(shop.delivery.retryPending()).isEqualTo(1);
        assertThat(now(key).delivery().channel()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void theSweeperLeavesFreshClaimsToTheirOwnDelivery() {
        LicenseKey key = claim("test:1", BUYER, null);
        shop.clock.advance(Duration.ofSeconds(59));

        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(now(key).hasPendingDelivery()).isTrue();

        shop.clock.advance(Duration.ofSeconds(1));
        assertThat(shop.delivery.retryPending()).isEqualTo(1);
    }

    @Test
    void theSweeperLeavesKeysReservedForSupportRequestsAlone() {
        OrderId line = OrderId.forKeyRequestLine(new RequestId("request0000000000000001"), 0);
        shop.keys.reserve(line, WEEKLY, OTHER_BUYER, shop.clock.instant());
        shop.keys.approveReservation(line, ADMIN, shop.clock.instant());
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(shop.buyers.keyDeliveries()).isEmpty();
        assertThat(shop.keys.findByOrder(line).orElseThrow().hasPendingDelivery()).isTrue();
    }

    @Test
    void oneBrokenDeliveryDoesNotHoldUpTheOthers() {
        LicenseKey broken = claim("test:1", BUYER, null);
        LicenseKey fine = claim("test:2", OTHER_BUYER, null);
        List<KeyCode> told = new CopyOnWriteArrayList<>();
        BuyerNotifier notifier = tellingKeysBy(key -> {
            if (key.code().equals(broken.code())) {
                throw new IllegalStateException("a bug in the adapter");
            }
            told.add(key.code());
            return DeliveryChannel.DIRECT_MESSAGE;
        });
        DeliveryService service = new DeliveryService(shop.settings, shop.keys, notifier, shop.admins,
                OrderSettlement.alwaysSettled(), shop.auditor, shop.clock, shop.events);
        shop.clock.advance(Duration.ofMinutes(2));

        assertThat(service.retryPending()).isEqualTo(1);

        assertThat(told).containsExactly(fine.code());
        assertThat(now(broken).hasPendingDelivery()).isTrue();
    }

    @Test
    void theSweeperLeavesADeliveryThatIsStillUnderWayToFinish() throws Exception {
        LicenseKey key = claim("test:1", BUYER, null);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        List<KeyCode> sent = new CopyOnWriteArrayList<>();
        BuyerNotifier slowDiscord = tellingKeysBy(told -> {
            sent.add(told.code());
            sending.countDown();
            try {
                if (!answered.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never answered");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return DeliveryChannel.DIRECT_MESSAGE;
        });
        DeliveryService service = new DeliveryService(shop.settings, shop.keys, slowDiscord, shop.admins,
                OrderSettlement.alwaysSettled(), shop.auditor, shop.clock, shop.events);
        CompletableFuture<DeliveryChannel> approval = CompletableFuture.supplyAsync(() -> service.deliver(key.code()));
        assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();
        shop.clock.advance(Duration.ofMinutes(2));

        assertThat(service.retryPending()).isZero();

        answered.countDown();
        assertThat(approval.get(30, TimeUnit.SECONDS)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(sent).containsExactly(key.code());
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).hasSize(1);
        assertThat(service.retryPending()).isZero();
        assertThat(sent).containsExactly(key.code());
    }

    @Test
    void unknownKeysAreNotFoundAndKeysWithoutBuyerAreNotDelivered() {
        assertThatThrownBy(() -> shop.delivery.deliver(TestKeys.code(999))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.delivery.deliver(TestKeys.code(0))).isInstanceOf(IllegalTransitionException.class);
        OrderId line = OrderId.forKeyRequestLine(new RequestId("request0000000000000001"), 0);
        LicenseKey reserved = shop.keys.reserve(line, WEEKLY, OTHER_BUYER, shop.clock.instant()).orElseThrow();
        shop.keys.approveReservation(line, ADMIN, shop.clock.instant());
        assertThatThrownBy(() -> shop.delivery.deliver(reserved.code())).isInstanceOf(IllegalTransitionException.class);
        LicenseKey revoked = claim("test:1", BUYER, null);
        shop.keys.revoke(revoked.code(), ADMIN, "chargeback", shop.clock.instant());
        assertThatThrownBy(() -> shop.delivery.deliver(revoked.code())).isInstanceOf(IllegalTransitionException.class);
        assertThat(shop.buyers.keyDeliveries()).isEmpty();
    }

    @Test
    void myLicensesShowsTheBuyersOwnKeysAndCountsPendingOnesAsTold() {
        LicenseKey told = claim("test:1", BUYER, null);
        shop.delivery.deliver(told.code());
        shop.clock.advance(Duration.ofDays(8));
        LicenseKey pending = claim("test:2", BUYER, null);
        claim("test:3", OTHER_BUYER, null);

        List<LicenseKey> mine = shop.delivery.myLicenses(as(BUYER));

        assertThat(mine).extracting(LicenseKey::code).containsExactly(pending.code(), told.code());
        assertThat(mine.get(0).delivery().channel()).isEqualTo(DeliveryChannel.MY_LICENSES);
        assertThat(mine.get(1).delivery().channel()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(now(pending).hasPendingDelivery()).isFalse();
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).extracting(e -> e.details().get("channel"))
                .containsExactly("DIRECT_MESSAGE");
        assertThat(shop.audit.ofAction(AuditAction.KEY_TOLD)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(BUYER);
            assertThat(e.subject()).isEqualTo(pending.code().masked());
            assertThat(e.details()).containsEntry("channel", "MY_LICENSES").containsEntry("holder", "2000");
        });
        assertThat(shop.delivery.myLicenses(as(BUYER))).isEqualTo(mine);
        assertThat(shop.audit.ofAction(AuditAction.KEY_TOLD)).hasSize(1);
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).hasSize(1);
        shop.assertNoFullKeyInAudit();
    }

    private PaymentSession proven(DiscordUserId buyer) {
        PaymentSession session = shop.manual.submit(new SubmitPayment(as(buyer), WEEKLY, "gcash",
                new PaymentDetails("GCash", null, "buyer@example.com", null), null));
        return shop.manual.attachProof(new AttachProof(as(buyer), session.id(), BuyerShop.PNG));
    }

    @Test
    void aKeyClaimedByAnApprovalThatWasNeverRecordedIsNeitherToldNorShownUntilTheApproval() {
        PaymentSession session = proven(BUYER);
        LicenseKey claimed = claim(session.orderId().value(), BUYER, null);
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(shop.delivery.myLicenses(as(BUYER))).isEmpty();
        assertThat(shop.buyers.keyDeliveries()).isEmpty();
        assertThat(now(claimed).hasPendingDelivery()).isTrue();

        Approval approval = shop.manual.approve(new DecidePayment(as(ADMIN), session.id()));
        assertThat(approval.key().code()).isEqualTo(claimed.code());
        assertThat(shop.buyers.deliveredCodes()).containsExactly(claimed.code());
        assertThat(shop.delivery.myLicenses(as(BUYER))).extracting(LicenseKey::code).containsExactly(claimed.code());
    }

    @Test
    void aKeyLeftClaimedForACalledOffPaymentGoesBackToStock() {
        PaymentSession session = proven(BUYER);
        shop.manual.reject(new RejectPayment(as(ADMIN), session.id(), "no payment arrived"));
        LicenseKey claimed = claim(session.orderId().value(), BUYER, null);
        int changes = shop.inventoryChanges.get();
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.delivery.retryPending()).isZero();

        assertThat(now(claimed).status()).isEqualTo(KeyStatus.AVAILABLE);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(shop.inventoryChanges.get()).isEqualTo(changes + 1);
        assertThat(shop.buyers.keyDeliveries()).isEmpty();
        assertThat(shop.delivery.retryPending()).isZero();
        // The stock monitor's level changes (a reaction to the release) are audited too; not this test's business.
        assertThat(shop.audit.all()).extracting(AuditEvent::action).filteredOn(a -> a != AuditAction.STOCK_LEVEL_CHANGED)
                .containsExactly(AuditAction.PAYMENT_SUBMITTED,
                AuditAction.PROOF_ATTACHED, AuditAction.PAYMENT_REJECTED, AuditAction.KEY_RELEASED);
        assertThat(shop.audit.ofAction(AuditAction.KEY_RELEASED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).as("the sweeper is the shop itself").isNull();
            assertThat(e.at()).isEqualTo(shop.clock.instant());
            assertThat(e.subject()).isEqualTo(claimed.code().masked());
            assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "order", session.orderId().value(), "type", "weekly", "reason", "order_called_off"));
        });
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void aKeyOfAManualOrderWithoutSessionWaits() {
        LicenseKey claimed = claim(OrderId.forManualPayment(new SessionId("unknownsession00000001")).value(), BUYER,
                null);
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(now(claimed).hasPendingDelivery()).isTrue();
        assertThat(new ManualOrderSettlement(shop.sessions).of(claimed)).isEqualTo(OrderSettlement.Verdict.UNDECIDED);
        assertThat(new ManualOrderSettlement(shop.sessions).of(TestKeys.inStock(77, WEEKLY, shop.clock.instant())))
                .isEqualTo(OrderSettlement.Verdict.SETTLED);
    }

    @Test
    void theSweeperWaitsLongerAfterEachFailureUpToAnHour() {
        LicenseKey key = claim("test:1", BUYER, null);
        shop.buyers.becomeUnreachable();
        shop.delivery.deliver(key.code());
        List<Duration> waits = new ArrayList<>();
        for (int failures = 1; failures <= 8; failures++) {
            Instant failedAt = now(key).delivery().lastAttemptAt();
            do {
                shop.clock.advance(Duration.ofMinutes(1));
                shop.delivery.retryPending();
            } while (now(key).delivery().attempts() == failures);
            waits.add(Duration.between(failedAt, now(key).delivery().lastAttemptAt()));
        }

        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(shop.buyers.failedAttempts()).isEqualTo(9);
    }
}
