package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.Delivery;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LicenseKeyRepository} does: the fake and every real adapter extend this suite.
 * Times are whole seconds, so stores keeping milliseconds round-trip every key exactly.
 *
 * <p>Where the port leaves room, the suite fixes these readings:
 * <ul>
 *   <li>a claim may take any available key of the type (no order is required, so a store need not sort);
 *   <li>a move the domain refuses (revoking twice, telling a key nobody has to be told) fails with the
 *       domain's {@link IllegalTransitionException} and changes nothing, while {@code release} of a key
 *       that cannot go back answers empty, as its Javadoc says;
 *   <li>an approved reservation is a pending delivery from its approval time;
 *   <li>{@code deliveriesPerDay} counts every key whose {@code usedAt} is in the range, also one revoked
 *       after its sale (the sale happened that day).
 * </ul>
 */
public abstract class LicenseKeyRepositoryContract {
    /** When the first test key was created. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final LicenseType WEEKLY = LicenseType.weekly();
    private static final LicenseType MONTHLY = LicenseType.monthly();
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(222_222_222_222L);
    private static final DiscordUserId ADMIN = new DiscordUserId(999_999_999_999L);
    private static final DiscordUserId SUPPORT = new DiscordUserId(555_555_555_555L);
    private static final RobloxUserId ROBLOX = new RobloxUserId(42_424_242L);

    /** The repository under test, new and empty for each test. */
    protected LicenseKeyRepository repository;

    /** A new, empty repository. */
    protected abstract LicenseKeyRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repository = newRepository();
    }

    // ---- insertAll -------------------------------------------------------------------------

    @Test
    void insertAllAddsKeysThatCanBeFoundAsTheyWere() {
        List<LicenseKey> weekly = TestKeys.inStock(0, 3, WEEKLY.code(), T0);
        List<LicenseKey> monthly = TestKeys.inStock(10, 2, MONTHLY.code(), T0);

        InsertOutcome outcome = repository.insertAll(concat(weekly, monthly));

        assertThat(outcome.inserted()).isEqualTo(5);
        assertThat(outcome.alreadyPresent()).isEmpty();
        assertThat(repository.findByCode(TestKeys.code(1))).contains(weekly.get(1));
        assertThat(repository.findByCode(TestKeys.code(11))).contains(monthly.get(1));
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(3);
        assertThat(repository.countAvailable(MONTHLY.code())).isEqualTo(2);
    }

    @Test
    void insertAllOfNothingInsertsNothing() {
        InsertOutcome outcome = repository.insertAll(List.of());

        assertThat(outcome.inserted()).isZero();
        assertThat(outcome.alreadyPresent()).isEmpty();
        assertThat(repository.count(KeyFilter.ALL)).isZero();
    }

    @Test
    void insertAllReportsCodesAlreadyPresentAndLeavesThoseKeysAsTheyAre() {
        stock(0, 1, WEEKLY);
        LicenseKey sold = repository.claim(order("robux:1:2:3", WEEKLY), T0.plusSeconds(60)).orElseThrow();

        InsertOutcome outcome = repository.insertAll(List.of(
                TestKeys.inStock(0, MONTHLY.code(), T0.plusSeconds(120)),
                TestKeys.inStock(1, MONTHLY.code(), T0.plusSeconds(120))));

        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(outcome.alreadyPresent()).containsExactly(TestKeys.code(0));
        assertThat(repository.findByCode(TestKeys.code(0))).contains(sold);
        assertThat(repository.countAvailable(MONTHLY.code())).isEqualTo(1);
        assertThat(repository.count(KeyFilter.ALL)).isEqualTo(2);
    }

    @Test
    void insertAllInsertsACodeGivenTwiceInOneCallOnceAndReportsIt() {
        InsertOutcome outcome = repository.insertAll(List.of(
                TestKeys.inStock(7, WEEKLY.code(), T0),
                TestKeys.inStock(8, WEEKLY.code(), T0),
                TestKeys.inStock(7, WEEKLY.code(), T0)));

        assertThat(outcome.inserted()).isEqualTo(2);
        assertThat(outcome.alreadyPresent()).containsExactly(TestKeys.code(7));
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(2);
    }

    // ---- claim -----------------------------------------------------------------------------

    @Test
    void claimHandsAnAvailableKeyToTheBuyerAsTheDomainDeliversIt() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);
        ClaimOrder order = new ClaimOrder(new OrderId("robux:42424242:77:9001"), WEEKLY, BUYER, ROBLOX, "4711");
        Instant now = T0.plus(Duration.ofHours(2));

        LicenseKey claimed = repository.claim(order, now).orElseThrow();

        assertThat(claimed).isEqualTo(inStock.deliver(order, now));
        assertThat(claimed.status()).isEqualTo(KeyStatus.USED);
        assertThat(claimed.holder()).isEqualTo(BUYER);
        assertThat(claimed.robloxUser()).isEqualTo(ROBLOX);
        assertThat(claimed.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(claimed.delivery()).isEqualTo(Delivery.pending("4711"));
        assertThat(repository.findByCode(claimed.code())).contains(claimed);
        assertThat(repository.findByOrder(order.orderId())).contains(claimed);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
    }

    @Test
    void aStorefrontClaimWithoutDiscordBuyerHoldsNobodyAndIsToldThroughTheStorefront() {
        stock(0, 1, WEEKLY);
        ClaimOrder order = new ClaimOrder(OrderId.forStorefrontUnit("sellauth", "inv-1", "77", 0), WEEKLY, null, null,
                null);

        LicenseKey claimed = repository.claim(order, T0).orElseThrow();
        LicenseKey told = repository.markTold(claimed.code(), DeliveryChannel.STOREFRONT, T0.plusSeconds(1)).orElseThrow();

        assertThat(claimed.holder()).isNull();
        assertThat(claimed.status()).isEqualTo(KeyStatus.USED);
        assertThat(repository.findByOrder(order.orderId())).contains(told);
        assertThat(told.delivery().channel()).isEqualTo(DeliveryChannel.STOREFRONT);
        assertThat(repository.claim(order, T0.plusSeconds(2))).contains(told);
        assertThat(repository.release(order.orderId())).as("told through the storefront: no way back").isEmpty();
        assertThat(repository.heldBy(BUYER)).isEmpty();
    }

    @Test
    void claimReturnsEmptyWhenNoKeyIsInStock() {
        assertThat(repository.claim(order("manual:empty-inventory-1", WEEKLY), T0)).isEmpty();
        assertThat(repository.findByOrder(new OrderId("manual:empty-inventory-1"))).isEmpty();
    }

    @Test
    void claimNeverHandsOutAKeyOfAnotherType() {
        stock(0, 5, MONTHLY);
        LicenseKey weekly = stock(10, 1, WEEKLY).get(0);

        Optional<LicenseKey> first = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(10));
        Optional<LicenseKey> second = repository.claim(order("o-2", WEEKLY), T0.plusSeconds(20));

        assertThat(first).map(LicenseKey::code).contains(weekly.code());
        assertThat(second).isEmpty();
        assertThat(repository.countAvailable(MONTHLY.code())).isEqualTo(5);
        assertThat(repository.findByOrder(new OrderId("o-2"))).isEmpty();
    }

    @Test
    void claimNeverHandsOutARequestedUsedOrRevokedKey() {
        stock(0, 4, WEEKLY);
        LicenseKey used = repository.claim(order("o-used", WEEKLY), T0.plusSeconds(10)).orElseThrow();
        LicenseKey requested = repository.reserve(line("req-0001", 0), WEEKLY.code(), SUPPORT, T0.plusSeconds(20))
                .orElseThrow();
        KeyCode toRevoke = remainingAvailable(WEEKLY).get(0);
        repository.revoke(toRevoke, ADMIN, "leaked", T0.plusSeconds(30)).orElseThrow();
        KeyCode last = remainingAvailable(WEEKLY).get(0);

        LicenseKey claimed = repository.claim(order("o-next", WEEKLY), T0.plusSeconds(40)).orElseThrow();
        Optional<LicenseKey> none = repository.claim(order("o-none", WEEKLY), T0.plusSeconds(50));

        assertThat(claimed.code()).isEqualTo(last);
        assertThat(none).isEmpty();
        assertThat(repository.findByCode(used.code())).contains(used);
        assertThat(repository.findByCode(requested.code())).contains(requested);
        assertThat(repository.findByCode(toRevoke).orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void claimingTheSameOrderTwiceReturnsTheSameKeyAndChangesNothing() {
        stock(0, 3, WEEKLY);
        LicenseKey first = repository.claim(order("robux:1:2:3", WEEKLY), T0.plusSeconds(10)).orElseThrow();
        Map<LicenseTypeCode, Map<KeyStatus, Long>> countsAfterFirst = repository.countByTypeAndStatus();

        Optional<LicenseKey> again = repository.claim(order("robux:1:2:3", WEEKLY), T0.plus(Duration.ofHours(1)));
        ClaimOrder sameOrderOtherwise = new ClaimOrder(new OrderId("robux:1:2:3"), MONTHLY, OTHER_BUYER, null, null);
        Optional<LicenseKey> otherwise = repository.claim(sameOrderOtherwise, T0.plus(Duration.ofHours(2)));

        assertThat(again).contains(first);
        assertThat(otherwise).contains(first);
        assertThat(repository.countByTypeAndStatus()).isEqualTo(countsAfterFirst);
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(2);
        assertThat(repository.heldBy(OTHER_BUYER)).isEmpty();
    }

    @Test
    void claimingAnOrderAgainReturnsItsKeyAsItIsNow() {
        stock(0, 2, WEEKLY);
        LicenseKey claimed = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(10)).orElseThrow();
        LicenseKey told = repository.markTold(claimed.code(), DeliveryChannel.DIRECT_MESSAGE, T0.plusSeconds(11))
                .orElseThrow();

        assertThat(repository.claim(order("o-1", WEEKLY), T0.plusSeconds(20))).contains(told);

        LicenseKey revoked = repository.revoke(claimed.code(), ADMIN, "chargeback", T0.plusSeconds(30)).orElseThrow();

        assertThat(repository.claim(order("o-1", WEEKLY), T0.plusSeconds(40))).contains(revoked);
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(1);
    }

    @Test
    void claimsOfDifferentOrdersGetDifferentKeys() {
        stock(0, 3, WEEKLY);

        KeyCode a = repository.claim(order("o-a", WEEKLY), T0.plusSeconds(1)).orElseThrow().code();
        KeyCode b = repository.claim(order("o-b", WEEKLY), T0.plusSeconds(2)).orElseThrow().code();
        KeyCode c = repository.claim(order("o-c", WEEKLY), T0.plusSeconds(3)).orElseThrow().code();

        assertThat(Set.of(a, b, c)).hasSize(3);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
    }

    // ---- reserve and approveReservation ----------------------------------------------------

    @Test
    void reserveMarksAnAvailableKeyRequestedForTheLine() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);
        OrderId line = line("req-0001", 0);

        LicenseKey reserved = repository.reserve(line, WEEKLY.code(), SUPPORT, T0.plusSeconds(5)).orElseThrow();

        assertThat(reserved).isEqualTo(inStock.reserve(line, SUPPORT, T0.plusSeconds(5)));
        assertThat(reserved.status()).isEqualTo(KeyStatus.REQUESTED);
        assertThat(repository.findByOrder(line)).contains(reserved);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
    }

    @Test
    void reserveIsIdempotentPerLineAndTakesOnlyKeysOfTheType() {
        stock(0, 2, MONTHLY);
        stock(10, 2, WEEKLY);

        LicenseKey first = repository.reserve(line("req-0001", 0), WEEKLY.code(), SUPPORT, T0).orElseThrow();
        Optional<LicenseKey> again = repository.reserve(line("req-0001", 0), WEEKLY.code(), SUPPORT, T0.plusSeconds(9));
        LicenseKey second = repository.reserve(line("req-0001", 1), WEEKLY.code(), SUPPORT, T0).orElseThrow();
        Optional<LicenseKey> third = repository.reserve(line("req-0001", 2), WEEKLY.code(), SUPPORT, T0);

        assertThat(again).contains(first);
        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(List.of(first.type(), second.type())).containsOnly(WEEKLY.code());
        assertThat(third).isEmpty();
        assertThat(repository.countAvailable(MONTHLY.code())).isEqualTo(2);
    }

    @Test
    void approveReservationRecordsTheAdminOnceAndOpensTheDelivery() {
        stock(0, 1, WEEKLY);
        OrderId line = line("req-0002", 0);
        LicenseKey reserved = repository.reserve(line, WEEKLY.code(), SUPPORT, T0).orElseThrow();

        LicenseKey approved = repository.approveReservation(line, ADMIN, T0.plusSeconds(60)).orElseThrow();
        LicenseKey again = repository.approveReservation(line, OTHER_BUYER, T0.plusSeconds(120)).orElseThrow();

        assertThat(approved).isEqualTo(reserved.approveReservation(ADMIN, T0.plusSeconds(60)));
        assertThat(approved.approvedBy()).isEqualTo(ADMIN);
        assertThat(approved.hasPendingDelivery()).isTrue();
        assertThat(again).isEqualTo(approved);
        assertThat(repository.findByCode(approved.code())).contains(approved);
    }

    @Test
    void approveReservationOfALineWithoutKeyIsEmpty() {
        stock(0, 1, WEEKLY);

        assertThat(repository.approveReservation(line("req-none", 0), ADMIN, T0)).isEmpty();
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(1);
    }

    // ---- release ---------------------------------------------------------------------------

    @Test
    void releasePutsAnUntoldKeyBackInStockAsNew() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);
        LicenseKey claimed = repository.claim(order("manual:s-1", WEEKLY), T0.plusSeconds(10)).orElseThrow();
        repository.markDeliveryFailed(claimed.code(), T0.plusSeconds(11)).orElseThrow();

        Optional<LicenseKey> released = repository.release(new OrderId("manual:s-1"));

        assertThat(released).contains(inStock);
        assertThat(repository.findByCode(inStock.code())).contains(inStock);
        assertThat(repository.findByOrder(new OrderId("manual:s-1"))).isEmpty();
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(1);
        assertThat(repository.heldBy(BUYER)).isEmpty();
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(repository.claim(order("manual:s-2", WEEKLY), T0.plusSeconds(20))).isPresent();
    }

    @Test
    void releaseOfAnOrderWithoutKeyIsEmpty() {
        stock(0, 1, WEEKLY);

        assertThat(repository.release(new OrderId("manual:unknown"))).isEmpty();
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(1);
    }

    @Test
    void releaseLeavesAToldKeyAsItIs() {
        stock(0, 1, WEEKLY);
        LicenseKey claimed = repository.claim(order("o-told", WEEKLY), T0).orElseThrow();
        LicenseKey told = repository.markTold(claimed.code(), DeliveryChannel.TICKET, T0.plusSeconds(5)).orElseThrow();

        assertThat(repository.release(new OrderId("o-told"))).isEmpty();
        assertThat(repository.findByCode(claimed.code())).contains(told);
        assertThat(repository.findByOrder(new OrderId("o-told"))).contains(told);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
    }

    @Test
    void releaseLeavesARevokedKeyAsItIs() {
        stock(0, 1, WEEKLY);
        LicenseKey claimed = repository.claim(order("o-revoked", WEEKLY), T0).orElseThrow();
        LicenseKey revoked = repository.revoke(claimed.code(), ADMIN, "refund", T0.plusSeconds(5)).orElseThrow();

        assertThat(repository.release(new OrderId("o-revoked"))).isEmpty();
        assertThat(repository.findByCode(claimed.code())).contains(revoked);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
    }

    @Test
    void releasePutsAnUnapprovedReservationBackButLeavesAnApprovedOne() {
        List<LicenseKey> keys = stock(0, 2, WEEKLY);
        OrderId denied = line("req-0003", 0);
        OrderId approved = line("req-0004", 0);
        LicenseKey reserved = repository.reserve(denied, WEEKLY.code(), SUPPORT, T0).orElseThrow();
        repository.reserve(approved, WEEKLY.code(), SUPPORT, T0).orElseThrow();
        LicenseKey approvedKey = repository.approveReservation(approved, ADMIN, T0.plusSeconds(1)).orElseThrow();

        assertThat(repository.release(denied)).map(LicenseKey::status).contains(KeyStatus.AVAILABLE);
        assertThat(repository.release(approved)).isEmpty();
        assertThat(repository.findByCode(approvedKey.code())).contains(approvedKey);
        assertThat(repository.findByCode(reserved.code())).contains(asInserted(keys, reserved.code()));
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(1);
    }

    // ---- revoke ----------------------------------------------------------------------------

    @Test
    void revokeTakesAnAvailableKeyOutOfStockForGood() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);

        LicenseKey revoked = repository.revoke(inStock.code(), ADMIN, "  leaked on a forum ", T0.plusSeconds(3))
                .orElseThrow();

        assertThat(revoked).isEqualTo(inStock.revoke(ADMIN, "  leaked on a forum ", T0.plusSeconds(3)));
        assertThat(revoked.revokeReason()).isEqualTo("leaked on a forum");
        assertThat(repository.findByCode(inStock.code())).contains(revoked);
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
        assertThat(repository.claim(order("o-after-revoke", WEEKLY), T0.plusSeconds(4))).isEmpty();
    }

    @Test
    void revokeOfASoldKeyKeepsItsHolderAndUse() {
        stock(0, 1, WEEKLY);
        LicenseKey sold = repository.claim(order("o-1", WEEKLY), T0).orElseThrow();

        LicenseKey revoked = repository.revoke(sold.code(), ADMIN, null, T0.plusSeconds(60)).orElseThrow();

        assertThat(revoked).isEqualTo(sold.revoke(ADMIN, null, T0.plusSeconds(60)));
        assertThat(revoked.holder()).isEqualTo(BUYER);
        assertThat(revoked.usedAt()).isEqualTo(T0);
        assertThat(revoked.revokeReason()).isEqualTo("no reason given");
        assertThat(repository.heldBy(BUYER)).containsExactly(revoked);
    }

    @Test
    void revokeOfAnUnknownCodeIsEmpty() {
        assertThat(repository.revoke(TestKeys.code(404), ADMIN, "why", T0)).isEmpty();
        assertThat(repository.count(KeyFilter.ALL)).isZero();
    }

    @Test
    void revokingTwiceIsRefusedAndKeepsTheFirstRevocation() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);
        LicenseKey revoked = repository.revoke(inStock.code(), ADMIN, "first", T0.plusSeconds(1)).orElseThrow();

        assertThatThrownBy(() -> repository.revoke(inStock.code(), OTHER_BUYER, "second", T0.plusSeconds(2)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.findByCode(inStock.code())).contains(revoked);
    }

    // ---- markTold and markDeliveryFailed ---------------------------------------------------

    @Test
    void markToldRecordsHowAndWhenAndIsIdempotent() {
        stock(0, 1, WEEKLY);
        LicenseKey claimed = repository.claim(order("o-1", WEEKLY), T0).orElseThrow();

        LicenseKey told = repository.markTold(claimed.code(), DeliveryChannel.TICKET, T0.plusSeconds(30)).orElseThrow();
        LicenseKey again = repository.markTold(claimed.code(), DeliveryChannel.DIRECT_MESSAGE, T0.plusSeconds(90))
                .orElseThrow();

        assertThat(told).isEqualTo(claimed.markTold(DeliveryChannel.TICKET, T0.plusSeconds(30)));
        assertThat(told.delivery().channel()).isEqualTo(DeliveryChannel.TICKET);
        assertThat(told.delivery().toldAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(again).isEqualTo(told);
        assertThat(repository.findByCode(claimed.code())).contains(told);
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void markToldOfAnUnknownCodeIsEmptyAndOfAKeyNobodyHasToBeToldIsRefused() {
        LicenseKey inStock = stock(0, 1, WEEKLY).get(0);

        assertThat(repository.markTold(TestKeys.code(404), DeliveryChannel.DIRECT_MESSAGE, T0)).isEmpty();
        assertThatThrownBy(() -> repository.markTold(inStock.code(), DeliveryChannel.DIRECT_MESSAGE, T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.findByCode(inStock.code())).contains(inStock);
    }

    @Test
    void markDeliveryFailedCountsTheTryAndKeepsTheDeliveryPending() {
        stock(0, 1, WEEKLY);
        LicenseKey claimed = repository.claim(order("o-1", WEEKLY), T0).orElseThrow();

        repository.markDeliveryFailed(claimed.code(), T0.plusSeconds(10)).orElseThrow();
        LicenseKey twice = repository.markDeliveryFailed(claimed.code(), T0.plusSeconds(20)).orElseThrow();

        assertThat(twice).isEqualTo(claimed.markDeliveryFailed(T0.plusSeconds(10)).markDeliveryFailed(T0.plusSeconds(20)));
        assertThat(twice.delivery().attempts()).isEqualTo(2);
        assertThat(twice.delivery().lastAttemptAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(twice.hasPendingDelivery()).isTrue();
        assertThat(repository.findByCode(claimed.code())).contains(twice);
        assertThat(repository.markDeliveryFailed(TestKeys.code(404), T0)).isEmpty();
    }

    // ---- finders ---------------------------------------------------------------------------

    @Test
    void findersOfUnknownCodesAndOrdersAreEmpty() {
        stock(0, 1, WEEKLY);

        assertThat(repository.findByCode(TestKeys.code(404))).isEmpty();
        assertThat(repository.findByOrder(new OrderId("o-unknown"))).isEmpty();
    }

    @Test
    void heldByListsTheUsersUsedAndRevokedAfterUseKeysNewestFirst() {
        stock(0, 6, WEEKLY);
        LicenseKey oldest = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(100)).orElseThrow();
        LicenseKey newest = repository.claim(order("o-2", WEEKLY), T0.plusSeconds(300)).orElseThrow();
        LicenseKey middle = repository.claim(order("o-3", WEEKLY), T0.plusSeconds(200)).orElseThrow();
        LicenseKey middleRevoked = repository.revoke(middle.code(), ADMIN, "refund", T0.plusSeconds(400)).orElseThrow();
        ClaimOrder others = new ClaimOrder(new OrderId("o-4"), WEEKLY, OTHER_BUYER, null, null);
        LicenseKey othersKey = repository.claim(others, T0.plusSeconds(150)).orElseThrow();
        repository.reserve(line("req-0005", 0), WEEKLY.code(), BUYER, T0).orElseThrow();
        repository.revoke(remainingAvailable(WEEKLY).get(0), BUYER, "x", T0).orElseThrow();

        assertThat(repository.heldBy(BUYER)).containsExactly(newest, middleRevoked, oldest);
        assertThat(repository.heldBy(OTHER_BUYER)).containsExactly(othersKey);
        assertThat(repository.heldBy(ADMIN)).isEmpty();
    }

    @Test
    void heldByRobloxListsTheKeysDeliveredToTheAccountNewestFirst() {
        stock(0, 3, WEEKLY);
        LicenseKey first = repository.claim(robuxOrder("robux:42424242:1:1", BUYER), T0.plusSeconds(10)).orElseThrow();
        LicenseKey second = repository.claim(robuxOrder("robux:42424242:1:2", OTHER_BUYER), T0.plusSeconds(20))
                .orElseThrow();
        repository.claim(order("manual:no-roblox", WEEKLY), T0.plusSeconds(30)).orElseThrow();

        assertThat(repository.heldByRoblox(ROBLOX)).containsExactly(second, first);
        assertThat(repository.heldByRoblox(new RobloxUserId(1))).isEmpty();
    }

    @Test
    void pendingDeliveriesListsUntoldKeysDeliveredAtOrBeforeTheTimeOldestFirst() {
        stock(0, 6, WEEKLY);
        LicenseKey first = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(100)).orElseThrow();
        LicenseKey told = repository.claim(order("o-2", WEEKLY), T0.plusSeconds(150)).orElseThrow();
        repository.markTold(told.code(), DeliveryChannel.DIRECT_MESSAGE, T0.plusSeconds(151)).orElseThrow();
        LicenseKey revoked = repository.claim(order("o-3", WEEKLY), T0.plusSeconds(160)).orElseThrow();
        repository.revoke(revoked.code(), ADMIN, "fraud", T0.plusSeconds(161)).orElseThrow();
        LicenseKey failedOnce = repository.claim(order("o-4", WEEKLY), T0.plusSeconds(200)).orElseThrow();
        LicenseKey failed = repository.markDeliveryFailed(failedOnce.code(), T0.plusSeconds(201)).orElseThrow();
        repository.reserve(line("req-0006", 0), WEEKLY.code(), SUPPORT, T0.plusSeconds(250)).orElseThrow();
        LicenseKey late = repository.claim(order("o-5", WEEKLY), T0.plusSeconds(300)).orElseThrow();

        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plusSeconds(99), 10)).isEmpty();
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plusSeconds(200), 10)).containsExactly(first, failed);
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plusSeconds(300), 10)).containsExactly(first, failed, late);
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plusSeconds(300), 2)).containsExactly(first, failed);
    }

    @Test
    void pendingDeliveriesIncludeApprovedReservationsFromTheirApproval() {
        stock(0, 2, WEEKLY);
        OrderId line = line("req-0007", 0);
        repository.reserve(line, WEEKLY.code(), SUPPORT, T0).orElseThrow();
        repository.reserve(line("req-0007", 1), WEEKLY.code(), SUPPORT, T0).orElseThrow();

        assertThat(repository.pendingDeliveries(KeyStatus.REQUESTED, T0.plusSeconds(1000), 10)).isEmpty();

        LicenseKey approved = repository.approveReservation(line, ADMIN, T0.plusSeconds(500)).orElseThrow();

        assertThat(repository.pendingDeliveries(KeyStatus.REQUESTED, T0.plusSeconds(499), 10)).isEmpty();
        assertThat(repository.pendingDeliveries(KeyStatus.REQUESTED, T0.plusSeconds(500), 10)).containsExactly(approved);
        assertThat(repository.pendingDeliveries(KeyStatus.USED, T0.plusSeconds(500), 10)).isEmpty();
        repository.markTold(approved.code(), DeliveryChannel.STAFF, T0.plusSeconds(501)).orElseThrow();
        assertThat(repository.pendingDeliveries(KeyStatus.REQUESTED, T0.plusSeconds(1000), 10)).isEmpty();
    }

    @Test
    void expiringBetweenListsUsedKeysExpiringInTheHalfOpenRangeSoonestFirst() {
        stock(0, 3, WEEKLY);
        stock(10, 1, MONTHLY);
        LicenseKey weekly = repository.claim(order("o-1", WEEKLY), T0).orElseThrow();
        LicenseKey laterWeekly = repository.claim(order("o-2", WEEKLY), T0.plus(Duration.ofDays(1))).orElseThrow();
        LicenseKey monthly = repository.claim(order("o-3", MONTHLY), T0).orElseThrow();
        LicenseKey revoked = repository.claim(order("o-4", WEEKLY), T0.plusSeconds(5)).orElseThrow();
        repository.revoke(revoked.code(), ADMIN, "refund", T0.plusSeconds(6)).orElseThrow();
        Instant weekLater = T0.plus(Duration.ofDays(7));

        assertThat(repository.expiringBetween(weekLater, weekLater.plus(Duration.ofDays(1)), 10)).containsExactly(weekly);
        assertThat(repository.expiringBetween(T0, T0.plus(Duration.ofDays(31)), 10))
                .containsExactly(weekly, laterWeekly, monthly);
        assertThat(repository.expiringBetween(T0, T0.plus(Duration.ofDays(31)), 2)).containsExactly(weekly, laterWeekly);
        assertThat(repository.expiringBetween(weekLater.plusSeconds(1), weekLater.plus(Duration.ofDays(1)), 10))
                .isEmpty();
    }

    // ---- counts and aggregations -----------------------------------------------------------

    @Test
    void countsByTypeAndStatusLeaveOutWhatHasNoKey() {
        assertThat(repository.countByTypeAndStatus()).isEmpty();
        stock(0, 4, WEEKLY);
        stock(10, 2, MONTHLY);
        repository.claim(order("o-1", WEEKLY), T0).orElseThrow();
        repository.revoke(remainingAvailable(WEEKLY).get(0), ADMIN, "leak", T0).orElseThrow();
        repository.reserve(line("req-0008", 0), MONTHLY.code(), SUPPORT, T0).orElseThrow();

        assertThat(repository.countByTypeAndStatus()).isEqualTo(Map.of(
                WEEKLY.code(), Map.of(KeyStatus.AVAILABLE, 2L, KeyStatus.USED, 1L, KeyStatus.REVOKED, 1L),
                MONTHLY.code(), Map.of(KeyStatus.AVAILABLE, 1L, KeyStatus.REQUESTED, 1L)));
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(2);
        assertThat(repository.countAvailable(MONTHLY.code())).isEqualTo(1);
        assertThat(repository.countAvailable(new LicenseTypeCode("lifetime"))).isZero();
    }

    @Test
    void deliveriesPerDayCountsUsesInTheHalfOpenRangeByDayOfTheZone() {
        stock(0, 6, WEEKLY);
        Instant jan5Late = Instant.parse("2026-01-05T15:00:00Z");
        repository.claim(order("o-1", WEEKLY), Instant.parse("2026-01-04T23:59:59Z")).orElseThrow();
        repository.claim(order("o-2", WEEKLY), jan5Late).orElseThrow();
        repository.claim(order("o-3", WEEKLY), Instant.parse("2026-01-05T17:00:00Z")).orElseThrow();
        LicenseKey refunded = repository.claim(order("o-4", WEEKLY), Instant.parse("2026-01-06T10:00:00Z"))
                .orElseThrow();
        repository.revoke(refunded.code(), ADMIN, "refund", Instant.parse("2026-01-06T11:00:00Z")).orElseThrow();
        repository.claim(order("o-5", WEEKLY), Instant.parse("2026-01-07T00:00:00Z")).orElseThrow();
        repository.reserve(line("req-0009", 0), WEEKLY.code(), SUPPORT, jan5Late).orElseThrow();
        Instant from = Instant.parse("2026-01-05T00:00:00Z");
        Instant to = Instant.parse("2026-01-07T00:00:00Z");

        assertThat(repository.deliveriesPerDay(from, to, ZoneOffset.UTC)).isEqualTo(Map.of(
                LocalDate.of(2026, 1, 5), 2L, LocalDate.of(2026, 1, 6), 1L));
        assertThat(repository.deliveriesPerDay(from, to, ZoneId.of("Asia/Manila"))).isEqualTo(Map.of(
                LocalDate.of(2026, 1, 5), 1L, LocalDate.of(2026, 1, 6), 2L));
        assertThat(repository.deliveriesPerDay(to, to.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .isEqualTo(Map.of(LocalDate.of(2026, 1, 7), 1L));
        assertThat(repository.deliveriesPerDay(from, from, ZoneOffset.UTC)).isEmpty();
    }

    // ---- list, count, search ---------------------------------------------------------------

    @Test
    void listIsOrderedByCreationTimeThenCode() {
        LicenseKey c = TestKeys.inStock(3, WEEKLY.code(), T0.plusSeconds(10));
        LicenseKey a = TestKeys.inStock(1, MONTHLY.code(), T0.plusSeconds(10));
        LicenseKey b = TestKeys.inStock(2, WEEKLY.code(), T0.plusSeconds(10));
        LicenseKey earliest = TestKeys.inStock(9, WEEKLY.code(), T0);
        LicenseKey latest = TestKeys.inStock(0, WEEKLY.code(), T0.plusSeconds(20));
        repository.insertAll(List.of(c, latest, a, earliest, b));

        assertThat(repository.list(KeyFilter.ALL, 0, 10)).containsExactly(earliest, a, b, c, latest);
    }

    @Test
    void listPagesAreStableAndTheLastPageIsEmpty() {
        List<LicenseKey> keys = stock(0, 5, WEEKLY);
        repository.claim(order("o-1", WEEKLY), T0.plusSeconds(50)).orElseThrow();
        List<LicenseKey> all = repository.list(KeyFilter.ALL, 0, 100);

        assertThat(all).extracting(LicenseKey::code).containsExactlyElementsOf(codes(keys));
        assertThat(repository.list(KeyFilter.ALL, 0, 2)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(repository.list(KeyFilter.ALL, 2, 2)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(repository.list(KeyFilter.ALL, 4, 2)).containsExactlyElementsOf(all.subList(4, 5));
        assertThat(repository.list(KeyFilter.ALL, 5, 2)).isEmpty();
        assertThat(repository.list(KeyFilter.ALL, 50, 2)).isEmpty();
    }

    @Test
    void listAndCountApplyTheFilter() {
        stock(0, 3, WEEKLY);
        stock(10, 2, MONTHLY);
        LicenseKey sold = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(50)).orElseThrow();
        KeyFilter weekly = KeyFilter.of(WEEKLY.code(), null);
        KeyFilter available = KeyFilter.of(null, KeyStatus.AVAILABLE);
        KeyFilter usedWeekly = KeyFilter.of(WEEKLY.code(), KeyStatus.USED);
        KeyFilter revokedMonthly = KeyFilter.of(MONTHLY.code(), KeyStatus.REVOKED);

        assertThat(repository.list(weekly, 0, 10)).extracting(LicenseKey::code)
                .containsExactlyElementsOf(TestKeys.codes(0, 3));
        assertThat(repository.list(available, 0, 10)).extracting(LicenseKey::code)
                .containsExactlyElementsOf(remainingAvailable(WEEKLY, MONTHLY));
        assertThat(repository.list(usedWeekly, 0, 10)).containsExactly(sold);
        assertThat(repository.list(revokedMonthly, 0, 10)).isEmpty();
        assertThat(repository.count(KeyFilter.ALL)).isEqualTo(5);
        assertThat(repository.count(weekly)).isEqualTo(3);
        assertThat(repository.count(available)).isEqualTo(4);
        assertThat(repository.count(usedWeekly)).isEqualTo(1);
        assertThat(repository.count(revokedMonthly)).isZero();
    }

    @Test
    void searchFindsCodesContainingTheFragmentInAnyCaseInStableOrder() {
        LicenseKey upper = LicenseKey.inStock(new KeyCode("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"), WEEKLY.code(), T0);
        LicenseKey lower = LicenseKey.inStock(new KeyCode("abcdefghijklmnopqrstuvwxyz012345"), WEEKLY.code(),
                T0.plusSeconds(1));
        LicenseKey mixed = LicenseKey.inStock(new KeyCode("zzzzzzzzzzzzzzzzzzzzzzzzzzXyZ999"), MONTHLY.code(), T0);
        repository.insertAll(List.of(lower, mixed, upper));

        assertThat(repository.search("xyz", 10)).containsExactly(upper, mixed, lower);
        assertThat(repository.search("XyZ0", 10)).containsExactly(upper, lower);
        assertThat(repository.search("xyz", 2)).containsExactly(upper, mixed);
        assertThat(repository.search("Z999", 10)).containsExactly(mixed);
        assertThat(repository.search("nothing", 10)).isEmpty();
    }

    @Test
    void searchTakesTheFragmentLiterallyNeverAsAPattern() {
        stock(0, 3, WEEKLY);

        assertThat(repository.search(".*", 10)).isEmpty();
        assertThat(repository.search("T.st", 10)).isEmpty();
        assertThat(repository.search("(", 10)).isEmpty();
        assertThat(repository.search("[a-z]", 10)).isEmpty();
        assertThat(repository.search("\\", 10)).isEmpty();
        assertThat(repository.search("$", 10)).isEmpty();
        assertThat(repository.search("Key0", 10)).hasSize(3);
    }

    @Test
    void scanHandsOverEveryMatchingKeyOnceAsItIs() {
        stock(0, 3, WEEKLY);
        stock(10, 2, MONTHLY);
        LicenseKey sold = repository.claim(order("o-1", WEEKLY), T0.plusSeconds(50)).orElseThrow();
        List<LicenseKey> seen = new ArrayList<>();

        KeyScan all = repository.scan(KeyFilter.ALL, seen::add);

        assertThat(all.keys()).isEqualTo(5);
        assertThat(all.complete()).isTrue();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(repository.list(KeyFilter.ALL, 0, 10));
        List<LicenseKey> usedWeekly = new ArrayList<>();
        assertThat(repository.scan(KeyFilter.of(WEEKLY.code(), KeyStatus.USED), usedWeekly::add).keys()).isEqualTo(1);
        assertThat(usedWeekly).containsExactly(sold);
        List<LicenseKey> availableMonthly = new ArrayList<>();
        repository.scan(KeyFilter.of(MONTHLY.code(), KeyStatus.AVAILABLE), availableMonthly::add);
        assertThat(availableMonthly).extracting(LicenseKey::code).containsExactlyInAnyOrderElementsOf(TestKeys.codes(10, 2));
        assertThat(repository.scan(KeyFilter.of(MONTHLY.code(), KeyStatus.REVOKED), key -> { }))
                .isEqualTo(new KeyScan(0, List.of()));
    }

    @Test
    void scanOfManyKeysHandsEachOverExactlyOnce() {
        int many = 2_500; // more than one batch of any store that reads in batches
        stock(0, many, WEEKLY);
        Set<KeyCode> seen = new HashSet<>();
        List<KeyCode> twice = new ArrayList<>();

        KeyScan scan = repository.scan(KeyFilter.ALL, key -> {
            if (!seen.add(key.code())) {
                twice.add(key.code());
            }
        });

        assertThat(scan.keys()).isEqualTo(many);
        assertThat(twice).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(TestKeys.codes(0, many));
    }

    @Test
    void keysThatStayInStockDuringAScanThatSellsOthersAreEachSeenOnce() {
        stock(0, 40, WEEKLY);
        List<KeyCode> seen = new ArrayList<>();
        int[] sold = {0};

        // The sink sells a key after every fifth one it sees: the scan must neither skip nor repeat the rest.
        repository.scan(KeyFilter.of(WEEKLY.code(), KeyStatus.AVAILABLE), key -> {
            seen.add(key.code());
            if (seen.size() % 5 == 0) {
                repository.claim(order("during-scan-" + sold[0]++, WEEKLY), T0.plusSeconds(60));
            }
        });

        Set<KeyCode> stillInStock = new HashSet<>();
        repository.scan(KeyFilter.of(WEEKLY.code(), KeyStatus.AVAILABLE), key -> stillInStock.add(key.code()));
        assertThat(sold[0]).isPositive();
        assertThat(seen).doesNotHaveDuplicates().containsAll(stillInStock);
    }

    // ---- concurrency -----------------------------------------------------------------------

    @Test
    void sixtyFourBuyersRacingForTenKeysGetTenDistinctKeysAndFiftyFourEmptyAnswers() throws Exception {
        stock(0, 10, WEEKLY);
        List<Callable<Optional<LicenseKey>>> claims = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            ClaimOrder order = new ClaimOrder(new OrderId("race-" + i), WEEKLY, new DiscordUserId(1000 + i), null, null);
            claims.add(() -> repository.claim(order, T0.plusSeconds(60)));
        }

        List<Optional<LicenseKey>> results = Race.all(claims);

        List<LicenseKey> handedOut = results.stream().flatMap(Optional::stream).toList();
        assertThat(handedOut).hasSize(10);
        assertThat(results.stream().filter(Optional::isEmpty).count()).isEqualTo(54);
        assertThat(handedOut).extracting(LicenseKey::code).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(TestKeys.codes(0, 10));
        assertThat(handedOut).extracting(LicenseKey::orderId).doesNotHaveDuplicates();
        for (LicenseKey key : handedOut) {
            assertThat(repository.findByOrder(key.orderId())).contains(key);
        }
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
        assertThat(repository.count(KeyFilter.of(WEEKLY.code(), KeyStatus.USED))).isEqualTo(10);
    }

    @Test
    void thirtyTwoClaimsOfOneOrderAtOnceHandOutOneKey() throws Exception {
        stock(0, 5, WEEKLY);
        List<Callable<Optional<LicenseKey>>> claims = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            claims.add(() -> repository.claim(order("manual:one-order", WEEKLY), T0.plusSeconds(60)));
        }

        List<Optional<LicenseKey>> results = Race.all(claims);

        assertThat(results).allSatisfy(r -> assertThat(r).isPresent());
        Set<KeyCode> codes = new HashSet<>();
        results.forEach(r -> codes.add(r.orElseThrow().code()));
        assertThat(codes).hasSize(1);
        assertThat(repository.findByOrder(new OrderId("manual:one-order")).map(LicenseKey::code))
                .contains(codes.iterator().next());
        assertThat(repository.countAvailable(WEEKLY.code())).isEqualTo(4);
        assertThat(repository.count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(1);
    }

    @Test
    void claimsAndReservationsRacingForTheSameStockNeverShareAKey() throws Exception {
        stock(0, 10, WEEKLY);
        List<Callable<Optional<LicenseKey>>> moves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ClaimOrder order = order("mixed-" + i, WEEKLY);
            OrderId reservation = line("req-mixed", i);
            moves.add(() -> repository.claim(order, T0.plusSeconds(1)));
            moves.add(() -> repository.reserve(reservation, WEEKLY.code(), SUPPORT, T0.plusSeconds(1)));
        }

        List<LicenseKey> taken = Race.all(moves).stream().flatMap(Optional::stream).toList();

        assertThat(taken).hasSize(10);
        assertThat(taken).extracting(LicenseKey::code).doesNotHaveDuplicates();
        assertThat(repository.countAvailable(WEEKLY.code())).isZero();
        Map<KeyStatus, Long> weekly = repository.countByTypeAndStatus().get(WEEKLY.code());
        assertThat(weekly.getOrDefault(KeyStatus.USED, 0L) + weekly.getOrDefault(KeyStatus.REQUESTED, 0L))
                .isEqualTo(10);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Inserts {@code count} keys of a type in stock, created a second apart from {@link #T0}. */
    private List<LicenseKey> stock(int from, int count, LicenseType type) {
        List<LicenseKey> keys = TestKeys.inStock(from, count, type.code(), T0);
        assertThat(repository.insertAll(keys).inserted()).isEqualTo(count);
        return keys;
    }

    private List<KeyCode> remainingAvailable(LicenseType... types) {
        List<KeyCode> codes = new ArrayList<>();
        for (LicenseKey key : repository.list(KeyFilter.of(null, KeyStatus.AVAILABLE), 0, 1000)) {
            for (LicenseType type : types) {
                if (key.type().equals(type.code())) {
                    codes.add(key.code());
                }
            }
        }
        return codes;
    }

    private static LicenseKey asInserted(List<LicenseKey> keys, KeyCode code) {
        return keys.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    private static ClaimOrder order(String orderId, LicenseType type) {
        return new ClaimOrder(new OrderId(orderId), type, BUYER, null, "ticket-" + orderId.length());
    }

    private static ClaimOrder robuxOrder(String orderId, DiscordUserId buyer) {
        return new ClaimOrder(new OrderId(orderId), WEEKLY, buyer, ROBLOX, null);
    }

    private static OrderId line(String request, int line) {
        return new OrderId("request:" + request + ":" + line);
    }

    private static List<KeyCode> codes(List<LicenseKey> keys) {
        return keys.stream().map(LicenseKey::code).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
