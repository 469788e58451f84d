package org.awpt.application.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.OTHER_ADMIN;
import static org.awpt.application.purchase.BuyerShop.OTHER_BUYER;
import static org.awpt.application.purchase.BuyerShop.PNG;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.ShopException;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.AlreadyDecidedException;
import org.awpt.domain.payment.InvalidProofException;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.ProofPolicy;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;
import org.awpt.domain.stock.PurchasesPausedException;
import org.junit.jupiter.api.Test;

class ManualPaymentServiceTest {
    private static final PaymentDetails DETAILS = new PaymentDetails("GCash", "TX-1", "buyer@example.com", "thanks");

    private final BuyerShop shop = new BuyerShop().stock(WEEKLY, 10);

    private PaymentSession submit(DiscordUserId buyer) {
        return shop.manual.submit(new SubmitPayment(as(buyer), WEEKLY, "gcash", DETAILS, "ticket-9"));
    }

    private PaymentSession proven(DiscordUserId buyer) {
        PaymentSession session = submit(buyer);
        return shop.manual.attachProof(new AttachProof(as(buyer), session.id(), PNG));
    }

    private Approval approve(DiscordUserId admin, PaymentSession session) {
        return shop.manual.approve(new DecidePayment(as(admin), session.id()));
    }

    private PaymentSession stored(PaymentSession session) {
        return shop.sessions.find(session.id()).orElseThrow();
    }

    @Test
    void aBuyerSubmitsAManualPaymentAndASessionWaitsForTheProof() {
        PaymentSession session = submit(BUYER);

        assertThat(session.id()).isEqualTo(new SessionId("id00000000000000000001"));
        assertThat(session.status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(session.buyer()).isEqualTo(BUYER);
        assertThat(session.method()).isEqualTo("gcash");
        assertThat(session.ticketChannel()).isEqualTo("ticket-9");
        assertThat(stored(session)).isEqualTo(session);
        assertThat(shop.audit.ofAction(AuditAction.PAYMENT_SUBMITTED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo(session.id().value()));
    }

    @Test
    void onlyManualMethodsTakeManualPayments() {
        for (String method : new String[] {"robux", "paypal"}) {
            assertThatThrownBy(() -> shop.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, method, DETAILS, null)))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(shop.sessions.openSessionsOf(BUYER)).isEmpty();
    }

    @Test
    void submittingIsRefusedWhileLockedDownOnCriticalStockOrWithAnActiveLicense() {
        shop.lock("gcash");
        assertThatThrownBy(() -> submit(BUYER)).isInstanceOf(LockedDownException.class);
        assertThat(shop.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "cashapp", DETAILS, null))).isNotNull();

        BuyerShop critical = new BuyerShop().stock(WEEKLY, 1);
        assertThatThrownBy(() -> critical.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "gcash", DETAILS, null)))
                .isInstanceOf(PurchasesPausedException.class);

        shop.keys.claim(new ClaimOrder(new OrderId("test:1"), shop.settings.types().require(WEEKLY), OTHER_BUYER,
                null, null), shop.clock.instant());
        assertThatThrownBy(() -> shop.manual.submit(new SubmitPayment(as(OTHER_BUYER), WEEKLY, "cashapp", DETAILS,
                null))).isInstanceOf(AlreadyLicensedException.class);
    }

    @Test
    void aWeeklyBuyerPaysManuallyAgainAfterExpiryButNotWhileTheKeyIsActive() {
        Approval first = approve(ADMIN, proven(BUYER));
        assertThatThrownBy(() -> submit(BUYER)).isInstanceOf(AlreadyLicensedException.class);

        shop.clock.set(first.key().expiresAt());

        Approval second = approve(ADMIN, proven(BUYER));
        assertThat(second.key().code()).isNotEqualTo(first.key().code());
        assertThat(second.key().holder()).isEqualTo(BUYER);
        assertThat(shop.keys.heldBy(BUYER)).hasSize(2);
    }

    @Test
    void theBuyerAttachesAnImageProofAndAdminsAreAskedToReview() {
        PaymentSession session = submit(BUYER);

        PaymentSession reviewed = shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));

        assertThat(reviewed.status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        assertThat(reviewed.proof().contentType()).isEqualTo("image/png");
        assertThat(reviewed.proof().sizeBytes()).isEqualTo(PNG.length);
        assertThat(shop.proofs.load(reviewed.proof().storageId())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
        assertThat(stored(session)).isEqualTo(reviewed);
        assertThat(shop.admins.paymentsAwaitingReview()).singleElement()
                .satisfies(told -> assertThat(told.withNotice(reviewed.notices().get(0), told.updatedAt()))
                        .isEqualTo(reviewed));
        assertThat(shop.audit.ofAction(AuditAction.PROOF_ATTACHED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("format", "image/png"));
        assertThat(new AttachProof(as(BUYER), session.id(), PNG).toString()).contains("bytes=12").doesNotContain("[B");
    }

    @Test
    void aProofThatIsNotAnImageIsRefusedAndNothingIsStored() {
        PaymentSession session = submit(BUYER);
        byte[] text = "GIF89a but really a text file".getBytes(StandardCharsets.US_ASCII);

        for (byte[] bytes : List.of(text, new byte[0])) {
            assertThatThrownBy(() -> shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), bytes)))
                    .isInstanceOf(InvalidProofException.class)
                    .extracting(e -> ((ShopException) e).code()).isEqualTo("proof_not_image");
        }

        assertThat(shop.proofs.size()).isZero();
        assertThat(stored(session)).isEqualTo(session);
        assertThat(shop.admins.paymentsAwaitingReview()).isEmpty();
    }

    @Test
    void aProofLargerThanTheCapIsRefused() {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        BuyerShop small = new BuyerShop(new ShopSettings(d.types(), d.prices(), d.methods(), d.gamePasses(),
                d.thresholds(), d.buyerPolicy(), new ProofPolicy(PNG.length - 1), d.importLimits(), d.access(),
                d.sessionExpiry(), d.cooldowns(), d.zone())).stock(WEEKLY, 10);
        PaymentSession session = small.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "gcash", DETAILS, null));

        assertThatThrownBy(() -> small.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG)))
                .isInstanceOf(InvalidProofException.class)
                .extracting(e -> ((ShopException) e).code()).isEqualTo("proof_too_large");
        assertThat(small.proofs.size()).isZero();
    }

    @Test
    void nobodyButTheBuyerAttachesProofNotEvenAnAdmin() {
        PaymentSession session = submit(BUYER);

        assertThatThrownBy(() -> shop.manual.attachProof(new AttachProof(as(OTHER_BUYER), session.id(), PNG)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> shop.manual.attachProof(new AttachProof(as(ADMIN), session.id(), PNG)))
                .isInstanceOf(NotAuthorizedException.class);

        assertThat(stored(session)).isEqualTo(session);
        assertThat(shop.proofs.size()).isZero();
    }

    @Test
    void aBuyerCannotCancelAnotherBuyersSessionButTheBuyerAndAdminsCan() {
        PaymentSession first = proven(BUYER);

        assertThatThrownBy(() -> shop.manual.cancel(new CancelPayment(as(OTHER_BUYER), first.id())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(stored(first)).isEqualTo(first);

        PaymentSession cancelled = shop.manual.cancel(new CancelPayment(as(BUYER), first.id()));
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.decidedBy()).isEqualTo(BUYER);
        assertThat(shop.buyers.closedPayments()).containsExactly(cancelled);
        assertThat(shop.admins.paymentsClosed()).containsExactly(cancelled);
        assertThat(shop.audit.ofAction(AuditAction.PAYMENT_CANCELLED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(BUYER));

        PaymentSession second = submit(OTHER_BUYER);
        assertThat(shop.manual.cancel(new CancelPayment(as(ADMIN), second.id())).decidedBy()).isEqualTo(ADMIN);
    }

    @Test
    void aSessionIsVisibleToItsBuyerAndAdminsOnly() {
        PaymentSession session = proven(BUYER);

        assertThat(shop.manual.view(as(BUYER), session.id())).isEqualTo(session);
        assertThat(shop.manual.view(as(ADMIN), session.id())).isEqualTo(session);
        assertThat(shop.manual.proof(as(BUYER), session.id())).isEqualTo(PNG);
        assertThat(shop.manual.proof(as(OTHER_ADMIN), session.id())).isEqualTo(PNG);
        assertThatThrownBy(() -> shop.manual.view(as(OTHER_BUYER), session.id()))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> shop.manual.proof(as(OTHER_BUYER), session.id()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void unknownSessionsAndMissingProofsAreNotFound() {
        PaymentSession withoutProof = submit(BUYER);

        assertThatThrownBy(() -> shop.manual.proof(as(BUYER), withoutProof.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.manual.view(as(ADMIN), new SessionId("nosuchsession0000000000")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProofIsTakenOnceAndNeverAfterTheDecision() {
        PaymentSession session = proven(BUYER);

        assertThatThrownBy(() -> shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG)))
                .isInstanceOf(IllegalTransitionException.class);
        shop.manual.cancel(new CancelPayment(as(BUYER), session.id()));
        assertThatThrownBy(() -> shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG)))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThat(shop.proofs.size()).isEqualTo(1);
    }

    @Test
    void anAdminApprovesAndTheKeyIsDeliveredToTheBuyer() {
        PaymentSession session = proven(BUYER);

        Approval approval = approve(ADMIN, session);

        LicenseKey key = approval.key();
        assertThat(approval.session().status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(approval.session().decidedBy()).isEqualTo(ADMIN);
        assertThat(approval.session().deliveredKey()).isEqualTo(key.code());
        assertThat(approval.toldVia()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(key.holder()).isEqualTo(BUYER);
        assertThat(key.orderId()).isEqualTo(session.orderId());
        assertThat(key.delivery().isPending()).isFalse();
        assertThat(stored(session)).isEqualTo(approval.session());
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.admins.paymentsClosed()).containsExactly(approval.session());
        assertThat(shop.buyers.closedPayments()).isEmpty();
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
        assertThat(shop.inventoryChanges.get()).isEqualTo(1);
        AuditEvent approved = shop.audit.ofAction(AuditAction.PAYMENT_APPROVED).get(0);
        assertThat(approved.actor()).isEqualTo(ADMIN);
        assertThat(approved.details()).containsEntry("key", key.code().masked());
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void onlyAdminsDecide() {
        PaymentSession session = proven(BUYER);

        assertThatThrownBy(() -> approve(BUYER, session)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> shop.manual.reject(new RejectPayment(as(BUYER), session.id(), "no")))
                .isInstanceOf(NotAuthorizedException.class);

        assertThat(stored(session)).isEqualTo(session);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
    }

    @Test
    void aSessionWithoutProofIsNotApprovedAndClaimsNothing() {
        PaymentSession session = submit(BUYER);

        assertThatThrownBy(() -> approve(ADMIN, session)).isInstanceOf(IllegalTransitionException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
    }

    @Test
    void aSecondApprovalReportsTheFirstAdminAndTheSameKey() {
        PaymentSession session = proven(BUYER);
        Approval first = approve(ADMIN, session);

        assertThatThrownBy(() -> approve(OTHER_ADMIN, session)).isInstanceOf(AlreadyDecidedException.class)
                .satisfies(e -> {
                    AlreadyDecidedException decided = (AlreadyDecidedException) e;
                    assertThat(decided.status()).isEqualTo(SessionStatus.APPROVED);
                    assertThat(decided.decidedBy()).isEqualTo(ADMIN);
                });

        assertThat(shop.manual.view(as(OTHER_ADMIN), session.id()).deliveredKey()).isEqualTo(first.key().code());
        assertThat(shop.keys.findByOrder(session.orderId()).orElseThrow().code()).isEqualTo(first.key().code());
        assertThat(shop.buyers.deliveredCodes()).containsExactly(first.key().code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
    }

    @Test
    void twoAdminsApprovingOneSessionAtTheSameMomentDeliverExactlyOneKey() throws Exception {
        int rounds = 100;
        BuyerShop big = new BuyerShop().stock(WEEKLY, rounds + 10);
        // Both admins have claimed before either marks the session approved: the widest race there is.
        CyclicBarrier bothClaimed = new CyclicBarrier(2);
        BuyerShop racing = big.withInventoryHook(() -> {
            try {
                bothClaimed.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                DiscordUserId buyer = new DiscordUserId(10_000 + round);
                PaymentSession session = big.manual.submit(new SubmitPayment(as(buyer), WEEKLY, "gcash", DETAILS, null));
                big.manual.attachProof(new AttachProof(as(buyer), session.id(), PNG));
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object>> outcomes = new ArrayList<>();
                for (DiscordUserId admin : List.of(ADMIN, OTHER_ADMIN)) {
                    Callable<Object> approveNow = () -> {
                        ready.countDown();
                        go.await();
                        try {
                            return racing.manual.approve(new DecidePayment(as(admin), session.id()));
                        } catch (AlreadyDecidedException lost) {
                            return lost;
                        }
                    };
                    outcomes.add(pool.submit(approveNow));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                List<Object> results = new ArrayList<>();
                for (Future<Object> outcome : outcomes) {
                    results.add(outcome.get(30, TimeUnit.SECONDS));
                }

                List<Approval> approvals = results.stream().filter(Approval.class::isInstance)
                        .map(Approval.class::cast).toList();
                List<AlreadyDecidedException> losers = results.stream()
                        .filter(AlreadyDecidedException.class::isInstance).map(AlreadyDecidedException.class::cast)
                        .toList();
                assertThat(approvals).hasSize(1);
                assertThat(losers).hasSize(1);
                Approval winner = approvals.get(0);
                assertThat(losers.get(0).status()).isEqualTo(SessionStatus.APPROVED);
                assertThat(losers.get(0).decidedBy()).isEqualTo(winner.session().decidedBy());
                assertThat(big.buyers.deliveredCodes()).filteredOn(winner.key().code()::equals).hasSize(1);
                assertThat(big.keys.heldBy(buyer)).extracting(LicenseKey::code).containsExactly(winner.key().code());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(big.buyers.deliveredCodes()).hasSize(rounds).doesNotHaveDuplicates();
        assertThat(big.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(big.audit.ofAction(AuditAction.PAYMENT_APPROVED)).hasSize(rounds);
        assertThat(big.admins.paymentsClosed()).hasSize(rounds);
    }

    @Test
    void withoutStockAnApprovalChangesNothingAndCanBeRepeatedAfterAnImport() {
        BuyerShop low = new BuyerShop().stock(WEEKLY, 2);
        PaymentSession session = low.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "gcash", DETAILS, null));
        PaymentSession reviewed = low.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));
        var weekly = low.settings.types().require(WEEKLY);
        low.keys.claim(new ClaimOrder(new OrderId("test:a"), weekly, OTHER_BUYER, null, null), low.clock.instant());
        low.keys.claim(new ClaimOrder(new OrderId("test:b"), weekly, OTHER_BUYER, null, null), low.clock.instant());

        assertThatThrownBy(() -> low.manual.approve(new DecidePayment(as(ADMIN), session.id())))
                .isInstanceOf(OutOfStockException.class);
        assertThat(low.sessions.find(session.id())).contains(reviewed);

        low.stock(WEEKLY, 1);
        assertThat(low.manual.approve(new DecidePayment(as(ADMIN), session.id())).key().holder()).isEqualTo(BUYER);
    }

    @Test
    void aPaymentUnderReviewMayTakeTheLastKeyDespiteCriticalStock() {
        BuyerShop low = new BuyerShop().stock(WEEKLY, 2);
        PaymentSession session = low.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "gcash", DETAILS, null));
        low.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));
        low.keys.claim(new ClaimOrder(new OrderId("test:a"), low.settings.types().require(WEEKLY), OTHER_BUYER,
                null, null), low.clock.instant());

        assertThat(low.manual.approve(new DecidePayment(as(ADMIN), session.id())).key().holder()).isEqualTo(BUYER);
        assertThat(low.keys.countAvailable(WEEKLY)).isZero();
    }

    @Test
    void anAdminRejectsWithAReasonAndTheBuyerIsTold() {
        PaymentSession session = proven(BUYER);

        PaymentSession rejected = shop.manual.reject(new RejectPayment(as(ADMIN), session.id(), "  blurry  "));

        assertThat(rejected.status()).isEqualTo(SessionStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("blurry");
        assertThat(rejected.decidedBy()).isEqualTo(ADMIN);
        assertThat(stored(session)).isEqualTo(rejected);
        assertThat(shop.buyers.closedPayments()).containsExactly(rejected);
        assertThat(shop.admins.paymentsClosed()).containsExactly(rejected);
        assertThat(shop.audit.ofAction(AuditAction.PAYMENT_REJECTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "blurry")
                        .doesNotContainKey("releasedKey"));
        assertThat(shop.cooldowns.find(BUYER, CooldownAction.MANUAL_PAYMENT).orElseThrow().failures()).isEqualTo(1);
        assertThatThrownBy(() -> approve(ADMIN, session)).isInstanceOf(AlreadyDecidedException.class);
        assertThatThrownBy(() -> shop.manual.reject(new RejectPayment(as(ADMIN), session.id(), "again")))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
    }

    @Test
    void repeatedRejectionsCoolTheBuyerDown() {
        for (int i = 0; i < 3; i++) {
            PaymentSession session = proven(BUYER);
            shop.manual.reject(new RejectPayment(as(ADMIN), session.id(), "fake"));
        }

        assertThatThrownBy(() -> submit(BUYER)).isInstanceOf(CoolingDownException.class);
        shop.clock.advance(Duration.ofSeconds(30));
        Approval approval = approve(ADMIN, proven(BUYER));
        assertThat(approval.key().holder()).isEqualTo(BUYER);
        assertThat(shop.cooldowns.find(BUYER, CooldownAction.MANUAL_PAYMENT).orElseThrow().failures()).isZero();
    }

    @Test
    void aRejectionReturnsAKeyThatACrashedApprovalHadClaimed() {
        PaymentSession session = proven(BUYER);
        LicenseKey claimed = shop.keys.claim(new ClaimOrder(session.orderId(), shop.settings.types().require(WEEKLY),
                BUYER, null, null), shop.clock.instant()).orElseThrow();
        int before = shop.audit.all().size();

        shop.manual.reject(new RejectPayment(as(ADMIN), session.id(), "wrong amount"));

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(shop.keys.findByCode(claimed.code()).orElseThrow().status()).isEqualTo(KeyStatus.AVAILABLE);
        assertThat(shop.inventoryChanges.get()).isEqualTo(1);
        // The stock monitor's level changes (a reaction to the release) are audited too; not this test's business.
        List<AuditEvent> written = shop.audit.all().subList(before, shop.audit.all().size()).stream()
                .filter(e -> e.action() != AuditAction.STOCK_LEVEL_CHANGED).toList();
        assertThat(written).extracting(AuditEvent::action)
                .containsExactly(AuditAction.KEY_RELEASED, AuditAction.PAYMENT_REJECTED);
        assertThat(written.get(0)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.subject()).isEqualTo(claimed.code().masked());
            assertThat(e.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "order", session.orderId().value(), "type", "weekly", "reason", "rejected"));
        });
        assertThat(written.get(1).details()).containsEntry("releasedKey", claimed.code().masked());
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void aCancellationReleasingAClaimedKeyIsAuditedAsReleasedByTheBuyer() {
        PaymentSession session = proven(BUYER);
        LicenseKey claimed = shop.keys.claim(new ClaimOrder(session.orderId(), shop.settings.types().require(WEEKLY),
                BUYER, null, null), shop.clock.instant()).orElseThrow();

        shop.manual.cancel(new CancelPayment(as(BUYER), session.id()));

        assertThat(shop.audit.ofAction(AuditAction.KEY_RELEASED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(BUYER);
            assertThat(e.subject()).isEqualTo(claimed.code().masked());
            assertThat(e.details()).containsEntry("reason", "cancelled")
                    .containsEntry("order", session.orderId().value());
        });
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void aRejectionOrCancellationWithoutAClaimedKeyAuditsNoRelease() {
        shop.manual.reject(new RejectPayment(as(ADMIN), proven(BUYER).id(), "blurry"));
        shop.manual.cancel(new CancelPayment(as(BUYER), proven(BUYER).id()));

        assertThat(shop.audit.ofAction(AuditAction.KEY_RELEASED)).isEmpty();
    }

    @Test
    void anApprovalThatLosesToARejectionPutsItsKeyBackAndReportsTheRejection() {
        PaymentSession session = proven(BUYER);
        AtomicBoolean rejectOnce = new AtomicBoolean(true);
        BuyerShop racing = shop.withInventoryHook(() -> {
            if (rejectOnce.getAndSet(false)) {
                shop.manual.reject(new RejectPayment(as(OTHER_ADMIN), session.id(), "chargeback"));
            }
        });

        assertThatThrownBy(() -> racing.manual.approve(new DecidePayment(as(ADMIN), session.id())))
                .isInstanceOf(AlreadyDecidedException.class)
                .satisfies(e -> {
                    assertThat(((AlreadyDecidedException) e).status()).isEqualTo(SessionStatus.REJECTED);
                    assertThat(((AlreadyDecidedException) e).decidedBy()).isEqualTo(OTHER_ADMIN);
                });

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(shop.keys.findByOrder(session.orderId())).isEmpty();
        assertThat(shop.buyers.deliveredCodes()).isEmpty();
        assertThat(stored(session).status()).isEqualTo(SessionStatus.REJECTED);
        assertThat(shop.audit.ofAction(AuditAction.KEY_RELEASED)).as("released once, by the rejection")
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(OTHER_ADMIN);
                    assertThat(e.details()).containsEntry("reason", "rejected");
                });
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).isEmpty();
    }

    @Test
    void anApprovalThatLosesToANoticeIsAppliedAgain() {
        PaymentSession session = proven(BUYER);
        NoticeRef notice = new NoticeRef("admin-dm", "42");
        AtomicBoolean noteOnce = new AtomicBoolean(true);
        BuyerShop racing = shop.withInventoryHook(() -> {
            if (noteOnce.getAndSet(false)) {
                shop.manual.recordNotice(session.id(), notice);
            }
        });

        Approval approval = racing.manual.approve(new DecidePayment(as(ADMIN), session.id()));

        assertThat(approval.session().notices()).containsExactly(session.notices().get(0), notice);
        assertThat(approval.session().status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(approval.key().code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
    }

    @Test
    void aRestartBetweenProofAndApprovalStillApproves() {
        PaymentSession session = proven(BUYER);

        BuyerShop afterRestart = shop.restarted();
        Approval approval = afterRestart.manual.approve(new DecidePayment(as(ADMIN), session.id()));

        assertThat(approval.session().status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(approval.key().holder()).isEqualTo(BUYER);
        assertThat(afterRestart.manual.proof(as(ADMIN), session.id())).isEqualTo(PNG);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(approval.key().code());
    }

    @Test
    void sessionsAbandonedWithoutProofExpireAndTheirBuyersAreTold() {
        Instant start = shop.clock.instant();
        PaymentSession abandoned = submit(BUYER);
        PaymentSession underReview = proven(OTHER_BUYER);
        shop.clock.set(start.plus(Duration.ofHours(20)));
        PaymentSession recent = submit(new DiscordUserId(3_000));

        shop.clock.set(start.plus(Duration.ofHours(24)));
        assertThat(shop.manual.expireAbandoned()).isEqualTo(1);

        PaymentSession expired = stored(abandoned);
        assertThat(expired.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(stored(underReview).status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        assertThat(stored(recent).status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(shop.buyers.closedPayments()).containsExactly(expired);
        assertThat(shop.admins.paymentsClosed()).containsExactly(expired);
        assertThat(shop.audit.ofAction(AuditAction.PAYMENT_EXPIRED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isNull());
        assertThat(shop.manual.expireAbandoned()).isZero();

        shop.clock.set(start.plus(Duration.ofHours(44)));
        assertThat(shop.manual.expireAbandoned()).isEqualTo(1);
        assertThat(stored(recent).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void noticesAreRememberedOnce() {
        PaymentSession session = submit(BUYER);
        NoticeRef ticket = new NoticeRef("ticket-9", "1");
        NoticeRef adminCopy = new NoticeRef("admin-dm", "2");

        PaymentSession once = shop.manual.recordNotice(session.id(), ticket);
        PaymentSession twice = shop.manual.recordNotice(session.id(), ticket);
        PaymentSession both = shop.manual.recordNotice(session.id(), adminCopy);

        assertThat(once.notices()).containsExactly(ticket);
        assertThat(twice.version()).isEqualTo(once.version());
        assertThat(both.notices()).containsExactly(ticket, adminCopy);
        assertThat(stored(session)).isEqualTo(both);
        assertThat(Arrays.asList(session.version(), once.version(), both.version())).containsExactly(0L, 1L, 2L);
    }

    @Test
    void whereTheAdminNoticeWasPostedIsRecordedOnTheSession() {
        PaymentSession proven = proven(BUYER);

        NoticeRef posted = new NoticeRef(org.awpt.application.fake.RecordingAdminNotifier.NOTICE_CHANNEL, "notice-1");
        assertThat(proven.notices()).containsExactly(posted);
        assertThat(stored(proven)).isEqualTo(proven);
        assertThat(shop.admins.paymentsAwaitingReview()).singleElement()
                .satisfies(told -> assertThat(told.notices()).isEmpty());
    }

    @Test
    void onlyItsBuyerMayAwaitAProofAndOnlyWhileTheSessionAwaitsOne() {
        PaymentSession session = submit(BUYER);

        ProofExpectation expected = shop.manual.expectProof(as(BUYER), session.id());

        assertThat(expected.session()).isEqualTo(session);
        assertThat(expected.until()).isEqualTo(shop.clock.instant().plus(ManualPaymentUseCase.PROOF_UPLOAD_WAIT));
        assertThat(expected.awaits(BUYER, shop.clock.instant())).isTrue();
        assertThat(expected.awaits(OTHER_BUYER, shop.clock.instant())).isFalse();
        assertThat(expected.awaits(BUYER, expected.until())).isFalse();
        assertThatThrownBy(() -> shop.manual.expectProof(as(OTHER_BUYER), session.id()))
                .isInstanceOf(NotAuthorizedException.class);
        shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));
        assertThatThrownBy(() -> shop.manual.expectProof(as(BUYER), session.id()))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
