package org.awpt.application.robux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.OTHER_BUYER;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.application.contract.Race;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.RecordingAdminNotifier.FallBack;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.buyer.BlockedBuyerException;
import org.awpt.domain.buyer.BuyerPolicy;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.pricing.GamePasses;
import org.junit.jupiter.api.Test;

class RobuxPurchaseServiceTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ACCOUNT = new RobloxUserId(111);
    private static final RobloxUser USER = new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false);

    private final BuyerShop shop = BuyerShop.withRoomyRobloxBudgets();

    private RobuxPurchaseResult verify(DiscordUserId buyer, String account) {
        return shop.robux.verify(new VerifyRobuxPurchase(as(buyer), WEEKLY, account, "ticket-1"));
    }

    private BuyerShop owning(long instance) {
        shop.roblox.addUser(USER).grant(ACCOUNT, WEEKLY_PASS, instance);
        return shop;
    }

    private int failuresOf(DiscordUserId buyer) {
        return shop.cooldowns.find(buyer, CooldownAction.ROBUX_VERIFICATION).map(c -> c.failures()).orElse(0);
    }

    @Test
    void anOwnedGamepassIsPaidOutWithOneKeyByDirectMessage() {
        owning(5001).stock(WEEKLY, 5);

        RobuxPurchaseResult result = verify(BUYER, "111");

        LicenseKey key = result.key();
        assertThat(key.status()).isEqualTo(KeyStatus.USED);
        assertThat(key.holder()).isEqualTo(BUYER);
        assertThat(key.robloxUser()).isEqualTo(ACCOUNT);
        assertThat(key.orderId().value()).isEqualTo("robux:111:1022970504:5001");
        assertThat(key.delivery().isPending()).isFalse();
        assertThat(key.delivery().ticketChannel()).isEqualTo("ticket-1");
        assertThat(result.toldVia()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(result.deliveryPending()).isFalse();
        assertThat(result.account()).isEqualTo(USER);
        assertThat(result.type().code()).isEqualTo(WEEKLY);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
        assertThat(shop.inventoryChanges.get()).isEqualTo(1);
        assertThat(shop.admins.deliveryFallBacks()).isEmpty();
        AuditEvent purchase = shop.audit.ofAction(AuditAction.ROBUX_PURCHASE).get(0);
        assertThat(purchase.actor()).isEqualTo(BUYER);
        assertThat(purchase.subject()).isEqualTo("robux:111:1022970504:5001");
        assertThat(purchase.details()).containsEntry("key", key.code().masked()).containsEntry("roblox", "111");
        assertThat(shop.audit.ofAction(AuditAction.KEY_DELIVERED)).hasSize(1);
        assertThat(shop.audit.ofAction(AuditAction.KEY_TOLD)).isEmpty();
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void theAccountMayBeNamedByUsernameInAnyCaseWithOrWithoutAt() {
        owning(5001).stock(WEEKLY, 5);

        assertThat(verify(BUYER, "  @buyer_ONE ").account().id()).isEqualTo(ACCOUNT);
    }

    @Test
    void malformedAccountsAreRefusedWithoutAskingRoblox() {
        owning(5001).stock(WEEKLY, 5);

        for (String typed : new String[] {null, "", "  ", "ab", "bad name!", "x".repeat(21), "99999999999999999999"}) {
            assertThatThrownBy(() -> verify(BUYER, typed)).as(String.valueOf(typed))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(shop.roblox.calls()).isZero();
        assertThat(failuresOf(BUYER)).isZero();
    }

    @Test
    void aBlockedAccountIsRefusedAndNothingIsClaimed() {
        shop.roblox.addUser(new RobloxUser(BuyerPolicy.OWNER_GROUP, "Owners", null, false))
                .grant(BuyerPolicy.OWNER_GROUP, WEEKLY_PASS, 7);
        shop.stock(WEEKLY, 5);

        assertThatThrownBy(() -> verify(BUYER, "2425307148")).isInstanceOf(BlockedBuyerException.class);

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
        assertThat(shop.roblox.ownershipLookups()).isZero();
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "blocked_buyer"));
    }

    @Test
    void aBannedAccountIsRefusedAndCountsAsAFailure() {
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", null, true)).grant(ACCOUNT, WEEKLY_PASS, 5001);
        shop.stock(WEEKLY, 5);

        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(RobloxUserBannedException.class)
                .extracting(e -> ((ShopException) e).code()).isEqualTo("roblox_banned");

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
        assertThat(failuresOf(BUYER)).isEqualTo(1);
    }

    @Test
    void anUnknownAccountIsNotFoundAndCountsAsAFailure() {
        shop.stock(WEEKLY, 5);

        assertThatThrownBy(() -> verify(BUYER, "nobody_here")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> verify(BUYER, "222")).isInstanceOf(NotFoundException.class);

        assertThat(failuresOf(BUYER)).isEqualTo(2);
    }

    @Test
    void aGamepassRobloxDoesNotKnowIsNotFound() {
        shop.roblox.addUser(USER);
        shop.stock(WEEKLY, 5);

        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(NotFoundException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void notOwningTheGamepassIsRefusedAndRepeatedFailuresCoolTheBuyerDown() {
        shop.roblox.addUser(USER).addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true));
        shop.stock(WEEKLY, 5);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(GamePassNotOwnedException.class)
                    .extracting(e -> ((ShopException) e).code()).isEqualTo("gamepass_not_owned");
        }
        int calls = shop.roblox.calls();
        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(CoolingDownException.class);
        assertThat(shop.roblox.calls()).isEqualTo(calls);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);

        shop.clock.advance(Duration.ofSeconds(30));
        shop.roblox.grant(ACCOUNT, WEEKLY_PASS, 5001);
        assertThat(verify(BUYER, "111").key().holder()).isEqualTo(BUYER);
        assertThat(failuresOf(BUYER)).isZero();
    }

    @Test
    void aRobloxOutageIsAnOutageNeverARefusalAndClaimsNothing() {
        owning(5001).stock(WEEKLY, 5);
        RobloxUnavailableException outage = new RobloxUnavailableException("rate limited", Duration.ofSeconds(60), null);
        shop.roblox.failWith(outage);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verify(BUYER, "111")).isSameAs(outage);
        }

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
        assertThat(shop.keys.heldBy(BUYER)).isEmpty();
        assertThat(shop.inventoryChanges.get()).isZero();
        assertThat(failuresOf(BUYER)).isZero();
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_REFUSED)).isEmpty();

        shop.roblox.recover();
        assertThat(verify(BUYER, "111").toldVia()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
    }

    @Test
    void theSameOwnershipIsPaidOutOnce() {
        owning(5001).stock(WEEKLY, 5);
        LicenseKey first = verify(BUYER, "111").key();

        // Right away the buyer holds an active license: that is the refusal, not "delete and rebuy".
        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(AlreadyLicensedException.class);
        shop.clock.advance(Duration.ofDays(6));
        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(AlreadyPaidOutException.class)
                .extracting(e -> ((ShopException) e).code()).isEqualTo("already_paid_out");
        shop.clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(AlreadyPaidOutException.class);

        assertThat(shop.buyers.deliveredCodes()).containsExactly(first.code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
        assertThat(failuresOf(BUYER)).isZero();
    }

    @Test
    void manyVerificationsOfOneOwnershipAtOnceHandOutOneKey() throws Exception {
        owning(5001).stock(WEEKLY, 20);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        return verify(BUYER, "111").key().code();
                    } catch (AlreadyLicensedException refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            List<KeyCode> keys = results.stream().filter(KeyCode.class::isInstance).map(KeyCode.class::cast).toList();
            assertThat(keys).isNotEmpty();
            assertThat(keys).containsOnly(keys.get(0));
            assertThat(results).allMatch(r -> r instanceof KeyCode || r instanceof AlreadyLicensedException);
            assertThat(shop.keys.heldBy(BUYER)).extracting(LicenseKey::code).containsExactly(keys.get(0));
            assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(19);
            assertThat(shop.buyers.deliveredCodes()).containsOnly(keys.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixtyFourBuyersVerifyingAtOnceForTenKeysGetTenDistinctKeysAndFiftyFourOutOfStockAnswers() throws Exception {
        shop.stock(WEEKLY, 10);
        List<Callable<Object>> buyers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            DiscordUserId buyer = new DiscordUserId(50_000 + i);
            RobloxUserId account = new RobloxUserId(70_000 + i);
            shop.roblox.addUser(new RobloxUser(account, "racer_" + i, "Racer " + i, false))
                    .grant(account, WEEKLY_PASS, 9_000 + i);
            buyers.add(() -> {
                try {
                    return verify(buyer, account.asString()).key();
                } catch (OutOfStockException soldOut) {
                    return soldOut;
                }
            });
        }

        List<Object> results = Race.all(buyers);

        List<LicenseKey> keys = results.stream().filter(LicenseKey.class::isInstance).map(LicenseKey.class::cast).toList();
        assertThat(keys).hasSize(10);
        assertThat(keys).extracting(LicenseKey::code).doesNotHaveDuplicates();
        assertThat(keys).extracting(LicenseKey::holder).doesNotHaveDuplicates();
        assertThat(results.stream().filter(OutOfStockException.class::isInstance).count()).isEqualTo(54);
        assertThat(shop.keys.countAvailable(WEEKLY)).isZero();
        assertThat(shop.buyers.deliveredCodes()).containsExactlyInAnyOrderElementsOf(
                keys.stream().map(LicenseKey::code).toList());
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_PURCHASE)).hasSize(10);
    }

    @Test
    void rebuyingTheGamepassMakesANewOrderAndANewKey() {
        owning(5001).stock(WEEKLY, 5);
        LicenseKey first = verify(BUYER, "111").key();
        shop.clock.advance(Duration.ofDays(8));
        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS).grant(ACCOUNT, WEEKLY_PASS, 5002);

        LicenseKey second = verify(BUYER, "111").key();

        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(second.orderId().value()).isEqualTo("robux:111:1022970504:5002");
        assertThat(shop.buyers.deliveredCodes()).containsExactly(first.code(), second.code());
    }

    @Test
    void aWeeklyBuyerMayBuyAgainWithinTheRenewalWindowButNotBefore() {
        owning(5001).stock(WEEKLY, 5);
        Instant start = shop.clock.instant();
        verify(BUYER, "111");
        shop.roblox.grant(ACCOUNT, WEEKLY_PASS, 5002);

        shop.clock.set(start.plus(Duration.ofDays(5)).minusSeconds(1));
        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(AlreadyLicensedException.class)
                .satisfies(e -> assertThat(((AlreadyLicensedException) e).renewableFrom())
                        .isEqualTo(start.plus(Duration.ofDays(5))));

        shop.clock.set(start.plus(Duration.ofDays(5)));
        assertThat(verify(BUYER, "111").key().orderId().value()).endsWith(":5002");
        assertThat(shop.keys.heldBy(BUYER)).hasSize(2);
    }

    @Test
    void aWeeklyBuyerMayBuyAgainAfterExpiry() {
        owning(5001).stock(WEEKLY, 5);
        verify(BUYER, "111");
        shop.clock.advance(Duration.ofDays(7));
        shop.roblox.grant(ACCOUNT, WEEKLY_PASS, 5002);

        assertThat(verify(BUYER, "111").key().holder()).isEqualTo(BUYER);
    }

    @Test
    void aRobloxAccountWithAnActiveLicenseIsRefusedForAnotherDiscordUser() {
        owning(5001).stock(WEEKLY, 5);
        verify(BUYER, "111");
        shop.roblox.grant(ACCOUNT, WEEKLY_PASS, 5002);

        assertThatThrownBy(() -> verify(OTHER_BUYER, "111")).isInstanceOf(AlreadyLicensedException.class)
                .satisfies(e -> assertThat(((AlreadyLicensedException) e).details())
                        .containsEntry("account", "roblox:111"));
        assertThat(shop.keys.heldBy(OTHER_BUYER)).isEmpty();
    }

    @Test
    void anotherDiscordUserCannotTakeTheKeyOfAnOwnershipAlreadyPaidOut() {
        owning(5001).stock(WEEKLY, 5);
        verify(BUYER, "111");
        shop.clock.advance(Duration.ofDays(8));

        assertThatThrownBy(() -> verify(OTHER_BUYER, "111")).isInstanceOf(AlreadyPaidOutException.class);
        assertThat(shop.keys.heldBy(OTHER_BUYER)).isEmpty();
    }

    @Test
    void closedDirectMessagesFallBackToTheTicketAndAdminsAreTold() {
        owning(5001).stock(WEEKLY, 5);
        shop.buyers.closeDirectMessages();

        RobuxPurchaseResult result = verify(BUYER, "111");

        assertThat(result.toldVia()).isEqualTo(DeliveryChannel.TICKET);
        assertThat(result.key().delivery().channel()).isEqualTo(DeliveryChannel.TICKET);
        assertThat(shop.admins.deliveryFallBacks()).extracting(FallBack::via).containsExactly(DeliveryChannel.TICKET);
    }

    @Test
    void whenNoChannelWorksTheKeyStaysClaimedAndVerifyingAgainFinishesTheDelivery() {
        owning(5001).stock(WEEKLY, 5);
        shop.buyers.becomeUnreachable();

        RobuxPurchaseResult pending = verify(BUYER, "111");

        assertThat(pending.toldVia()).isNull();
        assertThat(pending.deliveryPending()).isTrue();
        assertThat(pending.key().status()).isEqualTo(KeyStatus.USED);
        assertThat(pending.key().hasPendingDelivery()).isTrue();
        assertThat(shop.admins.deliveryFallBacks()).singleElement()
                .satisfies(f -> assertThat(f.via()).isNull());

        shop.buyers.reopen();
        RobuxPurchaseResult retried = shop.restarted().robux.verify(
                new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1"));

        assertThat(retried.key().code()).isEqualTo(pending.key().code());
        assertThat(retried.toldVia()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(pending.key().code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_PURCHASE)).hasSize(1);
    }

    @Test
    void whenNoChannelWorksTheDeliverySweeperTellsTheBuyerLater() {
        owning(5001).stock(WEEKLY, 5);
        shop.buyers.becomeUnreachable();
        LicenseKey key = verify(BUYER, "111").key();
        shop.clock.advance(Duration.ofMinutes(1));

        assertThat(shop.delivery.retryPending()).isZero();
        assertThat(shop.keys.findByCode(key.code()).orElseThrow().hasPendingDelivery()).isTrue();

        shop.buyers.reopen();
        shop.clock.advance(Duration.ofMinutes(2));
        assertThat(shop.delivery.retryPending()).isEqualTo(1);
        assertThat(shop.keys.findByCode(key.code()).orElseThrow().delivery().channel())
                .isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
    }

    @Test
    void lockedDownRobuxPaymentsAreRefusedBeforeAskingRoblox() {
        owning(5001).stock(WEEKLY, 5);
        shop.lock("robux");

        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(LockedDownException.class);
        assertThat(shop.roblox.calls()).isZero();
    }

    /** A shop selling 5 weekly keys whose Robux method is configured under another code; {@link #USER} owns the pass. */
    private static BuyerShop shopWithRobuxMethodCode(String code) {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        List<PaymentMethod> renamed = d.methods().all().stream()
                .map(m -> m.kind() == PaymentMethodKind.ROBUX ? new PaymentMethod(code, m.displayName(),
                        m.kind(), m.description(), m.details(), m.icon(), m.links()) : m)
                .toList();
        BuyerShop renamedShop = new BuyerShop(new ShopSettings(d.types(), d.prices(), new PaymentMethods(renamed),
                d.gamePasses(), d.thresholds(), d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(),
                d.sessionExpiry(), d.cooldowns(), d.zone()));
        renamedShop.roblox.addUser(USER).grant(ACCOUNT, WEEKLY_PASS, 5001);
        renamedShop.stock(WEEKLY, 5);
        return renamedShop;
    }

    @Test
    void lockingTheRobuxMethodUnderItsConfiguredCodeStopsVerificationsAlreadyOnScreen() {
        BuyerShop renamedShop = shopWithRobuxMethodCode("roblox_pass");
        renamedShop.lock("roblox_pass");

        assertThatThrownBy(() -> renamedShop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "t")))
                .isInstanceOf(LockedDownException.class);
        assertThatThrownBy(() -> renamedShop.robux.confirmRemoval(new ConfirmGamePassRemoval(as(BUYER), WEEKLY,
                ACCOUNT))).isInstanceOf(LockedDownException.class);
        assertThat(renamedShop.roblox.calls()).isZero();
        assertThat(renamedShop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void aLockOnTheDefaultCodeDoesNotStopARenamedRobuxMethod() {
        BuyerShop renamedShop = shopWithRobuxMethodCode("roblox_pass");
        renamedShop.lock("robux");

        assertThat(renamedShop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "t")).key().holder())
                .isEqualTo(BUYER);
    }

    @Test
    void aPaidPurchaseMayTakeTheLastKeyButNotAMissingOne() {
        owning(5001);

        assertThatThrownBy(() -> verify(BUYER, "111")).isInstanceOf(OutOfStockException.class);
        assertThat(failuresOf(BUYER)).isZero();
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "out_of_stock"));

        shop.stock(WEEKLY, 1);
        assertThat(verify(BUYER, "111").key().holder()).isEqualTo(BUYER);
        assertThat(shop.keys.countAvailable(WEEKLY)).isZero();
    }

    @Test
    void aTypeWithoutGamepassIsNotSoldForRobux() {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        BuyerShop noPasses = new BuyerShop(new ShopSettings(d.types(), d.prices(), d.methods(),
                new GamePasses(List.of()), d.thresholds(), d.buyerPolicy(), d.proofPolicy(), d.importLimits(),
                d.access(), d.sessionExpiry(), d.cooldowns(), d.zone()));

        assertThatThrownBy(() -> noPasses.robux.verify(new VerifyRobuxPurchase(as(BUYER), MONTHLY, "111", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(noPasses.roblox.calls()).isZero();
    }
}
