package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.ADMIN_2;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.KEY_TEXT;
import static org.awpt.domain.TestData.ROBLOX;
import static org.awpt.domain.TestData.SUPPORT;
import static org.awpt.domain.TestData.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.awpt.domain.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseKeyTest {
    private static final KeyCode CODE = new KeyCode(KEY_TEXT);
    private static final OrderId ORDER = new OrderId("robux:1:2:3");
    private static final OrderId LINE = new OrderId("request:req-0001:0");
    private static final Instant SOLD_AT = T0.plus(Duration.ofHours(5));
    private static final LicenseType TRIAL = new LicenseType(new LicenseTypeCode("trial"), "Trial", Duration.ofHours(36));

    private final LicenseKey inStock = LicenseKey.inStock(CODE, LicenseTypeCode.WEEKLY, T0);

    private static ClaimOrder order(LicenseType type) {
        return new ClaimOrder(ORDER, type, BUYER, ROBLOX, "ticket-7");
    }

    private LicenseKey sold() {
        return inStock.deliver(order(LicenseType.weekly()), SOLD_AT);
    }

    private LicenseKey reserved() {
        return inStock.reserve(LINE, SUPPORT, SOLD_AT);
    }

    private static void assertIllegal(ThrowingCallable move, String state) {
        assertThatThrownBy(move).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.state()).isEqualTo(state);
            assertThat(e.getMessage()).doesNotContain(KEY_TEXT);
        });
    }

    @Test
    void aNewKeyIsInStockAndBelongsToNobody() {
        assertThat(inStock.status()).isEqualTo(KeyStatus.AVAILABLE);
        assertThat(inStock.createdAt()).isEqualTo(T0);
        assertThat(inStock.holder()).isNull();
        assertThat(inStock.orderId()).isNull();
        assertThat(inStock.delivery()).isNull();
        assertThat(inStock.isActiveAt(T0)).isFalse();
        assertThat(inStock.hasPendingDelivery()).isFalse();
    }

    @Test
    void deliverSellsTheKeyForTheOrderWithAPendingDelivery() {
        LicenseKey used = sold();
        assertThat(used.status()).isEqualTo(KeyStatus.USED);
        assertThat(used.code()).isEqualTo(CODE);
        assertThat(used.createdAt()).isEqualTo(T0);
        assertThat(used.holder()).isEqualTo(BUYER);
        assertThat(used.robloxUser()).isEqualTo(ROBLOX);
        assertThat(used.usedAt()).isEqualTo(SOLD_AT);
        assertThat(used.expiresAt()).isEqualTo(SOLD_AT.plus(Duration.ofDays(7)));
        assertThat(used.orderId()).isEqualTo(ORDER);
        assertThat(used.delivery()).isEqualTo(Delivery.pending("ticket-7"));
        assertThat(used.hasPendingDelivery()).isTrue();
        assertThat(inStock.status()).as("transitions return a new state").isEqualTo(KeyStatus.AVAILABLE);
    }

    static Stream<LicenseType> types() {
        return Stream.of(LicenseType.weekly(), LicenseType.monthly(), TRIAL);
    }

    @ParameterizedTest
    @MethodSource("types")
    void expiryIsUseTimePlusTheTypesValidity(LicenseType type) {
        LicenseKey used = LicenseKey.inStock(CODE, type.code(), T0).deliver(order(type), SOLD_AT);
        assertThat(used.expiresAt()).isEqualTo(SOLD_AT.plus(type.validity()));
    }

    @Test
    void deliverRefusesAnOrderForAnotherType() {
        assertThatThrownBy(() -> inStock.deliver(order(LicenseType.monthly()), SOLD_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyIsActiveFromDeliveryUntilItsExpiry() {
        LicenseKey used = sold();
        Instant expiry = used.expiresAt();
        assertThat(used.isActiveAt(SOLD_AT)).isTrue();
        assertThat(used.isActiveAt(expiry.minusSeconds(1))).isTrue();
        assertThat(used.isActiveAt(expiry)).isFalse();
        assertThat(used.isActiveAt(expiry.plusSeconds(1))).isFalse();
        assertThat(used.revoke(ADMIN, "refund", SOLD_AT).isActiveAt(SOLD_AT)).isFalse();
    }

    @Test
    void reserveHoldsTheKeyForARequestLine() {
        LicenseKey key = reserved();
        assertThat(key.status()).isEqualTo(KeyStatus.REQUESTED);
        assertThat(key.requestedBy()).isEqualTo(SUPPORT);
        assertThat(key.requestedAt()).isEqualTo(SOLD_AT);
        assertThat(key.orderId()).isEqualTo(LINE);
        assertThat(key.holder()).isNull();
        assertThat(key.delivery()).isNull();
        assertThat(key.approvedBy()).isNull();
        assertThat(key.hasPendingDelivery()).isFalse();
    }

    @Test
    void approvingAReservationMakesItsRequesterDueToBeTold() {
        Instant at = SOLD_AT.plusSeconds(60);
        LicenseKey approved = reserved().approveReservation(ADMIN, at);
        assertThat(approved.status()).isEqualTo(KeyStatus.REQUESTED);
        assertThat(approved.approvedBy()).isEqualTo(ADMIN);
        assertThat(approved.approvedAt()).isEqualTo(at);
        assertThat(approved.requestedBy()).isEqualTo(SUPPORT);
        assertThat(approved.delivery()).isEqualTo(Delivery.pending(null));
        assertThat(approved.hasPendingDelivery()).isTrue();
    }

    @Test
    void approvingAReservationTwiceKeepsTheFirstApproval() {
        LicenseKey approved = reserved().approveReservation(ADMIN, SOLD_AT);
        assertThat(approved.approveReservation(ADMIN_2, SOLD_AT.plusSeconds(9))).isSameAs(approved);
    }

    static Stream<Arguments> illegalMoves() {
        LicenseKeyTest t = new LicenseKeyTest();
        Function<LicenseKey, Object> deliver = k -> k.deliver(order(LicenseType.weekly()), SOLD_AT);
        Function<LicenseKey, Object> reserve = k -> k.reserve(LINE, SUPPORT, SOLD_AT);
        Function<LicenseKey, Object> approve = k -> k.approveReservation(ADMIN, SOLD_AT);
        Function<LicenseKey, Object> release = LicenseKey::releaseToStock;
        Function<LicenseKey, Object> revoke = k -> k.revoke(ADMIN, "again", SOLD_AT);
        Function<LicenseKey, Object> told = k -> k.markTold(DeliveryChannel.DIRECT_MESSAGE, SOLD_AT);
        Function<LicenseKey, Object> failed = k -> k.markDeliveryFailed(SOLD_AT);
        LicenseKey revoked = t.inStock.revoke(ADMIN, "leak", SOLD_AT);
        LicenseKey soldAndTold = t.sold().markTold(DeliveryChannel.DIRECT_MESSAGE, SOLD_AT);
        LicenseKey approved = t.reserved().approveReservation(ADMIN, SOLD_AT);
        return Stream.of(
                Arguments.of("used key delivered again", t.sold(), deliver, "used"),
                Arguments.of("requested key delivered", t.reserved(), deliver, "requested"),
                Arguments.of("used key reserved", t.sold(), reserve, "used"),
                Arguments.of("requested key reserved again", t.reserved(), reserve, "requested"),
                Arguments.of("available key approved", t.inStock, approve, "available"),
                Arguments.of("used key approved", t.sold(), approve, "used"),
                Arguments.of("available key released", t.inStock, release, "available"),
                Arguments.of("told key released", soldAndTold, release, "used"),
                Arguments.of("approved reservation released", approved, release, "requested"),
                Arguments.of("revoked key released", revoked, release, "revoked"),
                Arguments.of("revoked key delivered", revoked, deliver, "revoked"),
                Arguments.of("revoked key reserved", revoked, reserve, "revoked"),
                Arguments.of("revoked key approved", revoked, approve, "revoked"),
                Arguments.of("revoked key revoked again", revoked, revoke, "revoked"),
                Arguments.of("stock key told", t.inStock, told, "available"),
                Arguments.of("stock key failed delivery", t.inStock, failed, "available"),
                Arguments.of("unapproved reservation told", t.reserved(), told, "requested"),
                Arguments.of("unapproved reservation failed delivery", t.reserved(), failed, "requested"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalMoves")
    void illegalMovesAreRefused(String name, LicenseKey key, Function<LicenseKey, Object> move, String state) {
        assertIllegal(() -> move.apply(key), state);
    }

    @Test
    void anUntoldSaleReturnsToStockAsANewKey() {
        LicenseKey released = sold().markDeliveryFailed(SOLD_AT).releaseToStock();
        assertThat(released).isEqualTo(inStock);
    }

    @Test
    void anUnapprovedReservationReturnsToStock() {
        assertThat(reserved().releaseToStock()).isEqualTo(inStock);
    }

    @Test
    void revokeKeepsTheHistoryAndRecordsWhoWhenWhy() {
        Instant at = SOLD_AT.plus(Duration.ofDays(1));
        LicenseKey revoked = sold().revoke(ADMIN, "  chargeback ", at);
        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(at);
        assertThat(revoked.revokedBy()).isEqualTo(ADMIN);
        assertThat(revoked.revokeReason()).isEqualTo("chargeback");
        assertThat(revoked.holder()).isEqualTo(BUYER);
        assertThat(revoked.usedAt()).isEqualTo(SOLD_AT);
        assertThat(revoked.expiresAt()).isEqualTo(SOLD_AT.plus(Duration.ofDays(7)));
        assertThat(revoked.orderId()).isEqualTo(ORDER);
        assertThat(revoked.hasPendingDelivery()).as("nobody is told a revoked key").isFalse();
    }

    @Test
    void revokeWorksFromStockAndFromAReservation() {
        assertThat(inStock.revoke(ADMIN, null, SOLD_AT).revokeReason()).isEqualTo("no reason given");
        LicenseKey revoked = reserved().approveReservation(ADMIN, SOLD_AT).revoke(ADMIN, " ", SOLD_AT);
        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("no reason given");
        assertThat(revoked.requestedBy()).isEqualTo(SUPPORT);
        assertThat(revoked.approvedBy()).isEqualTo(ADMIN);
    }

    @Test
    void revokeNamesItsAdmin() {
        assertThatThrownBy(() -> sold().revoke(null, "x", SOLD_AT)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void markToldRecordsChannelAndTimeOnce() {
        Instant at = SOLD_AT.plusSeconds(2);
        LicenseKey told = sold().markDeliveryFailed(SOLD_AT.plusSeconds(1)).markTold(DeliveryChannel.TICKET, at);
        assertThat(told.delivery().toldAt()).isEqualTo(at);
        assertThat(told.delivery().channel()).isEqualTo(DeliveryChannel.TICKET);
        assertThat(told.delivery().attempts()).isEqualTo(2);
        assertThat(told.hasPendingDelivery()).isFalse();

        LicenseKey again = told.markTold(DeliveryChannel.DIRECT_MESSAGE, at.plusSeconds(60));
        assertThat(again).isEqualTo(told);
    }

    @Test
    void markDeliveryFailedCountsTriesAndStaysPending() {
        Instant at = SOLD_AT.plusSeconds(5);
        LicenseKey failed = sold().markDeliveryFailed(SOLD_AT).markDeliveryFailed(at);
        assertThat(failed.delivery().attempts()).isEqualTo(2);
        assertThat(failed.delivery().lastAttemptAt()).isEqualTo(at);
        assertThat(failed.hasPendingDelivery()).isTrue();
        assertThat(failed.status()).isEqualTo(KeyStatus.USED);
    }

    @Test
    void toStringIsMasked() {
        assertThat(sold().toString())
                .doesNotContain(KEY_TEXT)
                .contains(CODE.masked())
                .contains("weekly", "used", ORDER.value());
    }

    /** A valid used key, part by part, so that each invariant can be broken alone. */
    @Test
    void theStateOfAClaimIsWhatDeliveringAnyKeyOfTheTypeGivesItButItsCodeAndCreation() {
        ClaimOrder order = new ClaimOrder(ORDER, TRIAL, BUYER, ROBLOX, "ticket-7");
        LicenseKey delivered = LicenseKey.inStock(CODE, TRIAL.code(), T0).deliver(order, SOLD_AT);

        LicenseKey state = LicenseKey.stateOfClaim(order, SOLD_AT);

        assertThat(new LicenseKey(CODE, state.type(), state.status(), T0, state.requestedBy(), state.requestedAt(),
                state.approvedBy(), state.approvedAt(), state.holder(), state.robloxUser(), state.usedAt(),
                state.expiresAt(), state.orderId(), state.delivery(), state.revokedAt(), state.revokedBy(),
                state.revokeReason())).isEqualTo(delivered);
    }

    @Test
    void theStateOfAReservationIsWhatReservingAnyKeyOfTheTypeGivesIt() {
        LicenseKey state = LicenseKey.stateOfReservation(LINE, TRIAL.code(), SUPPORT, SOLD_AT);
        LicenseKey reserved = LicenseKey.inStock(CODE, TRIAL.code(), T0).reserve(LINE, SUPPORT, SOLD_AT);

        assertThat(state.status()).isEqualTo(reserved.status());
        assertThat(state.orderId()).isEqualTo(reserved.orderId());
        assertThat(state.requestedBy()).isEqualTo(reserved.requestedBy());
        assertThat(state.requestedAt()).isEqualTo(reserved.requestedAt());
        assertThat(state.type()).isEqualTo(TRIAL.code());
    }

    private static final class Parts {
        KeyCode code = CODE;
        LicenseTypeCode type = LicenseTypeCode.WEEKLY;
        KeyStatus status = KeyStatus.USED;
        Instant createdAt = T0;
        org.awpt.domain.DiscordUserId requestedBy;
        Instant requestedAt;
        org.awpt.domain.DiscordUserId holder = BUYER;
        Instant usedAt = SOLD_AT;
        Instant expiresAt = SOLD_AT.plus(Duration.ofDays(7));
        OrderId orderId = ORDER;
        Delivery delivery = Delivery.pending(null);
        Instant revokedAt;

        LicenseKey build() {
            return new LicenseKey(code, type, status, createdAt, requestedBy, requestedAt, null, null, holder, null,
                    usedAt, expiresAt, orderId, delivery, revokedAt, null, null);
        }

        static Parts available() {
            Parts p = new Parts();
            p.status = KeyStatus.AVAILABLE;
            p.holder = null;
            p.usedAt = null;
            p.expiresAt = null;
            p.orderId = null;
            p.delivery = null;
            return p;
        }
    }

    static Stream<Arguments> brokenInvariants() {
        return Stream.<Arguments>of(
                Arguments.of("available with a holder", (Consumer<Parts>) p -> p.holder = BUYER, true),
                Arguments.of("available with an order", (Consumer<Parts>) p -> p.orderId = ORDER, true),
                Arguments.of("available with a use time", (Consumer<Parts>) p -> p.usedAt = T0, true),
                Arguments.of("available with a requester", (Consumer<Parts>) p -> p.requestedBy = SUPPORT, true),
                Arguments.of("available with a delivery",
                        (Consumer<Parts>) p -> p.delivery = Delivery.pending(null), true),
                Arguments.of("used without use time", (Consumer<Parts>) p -> p.usedAt = null, false),
                Arguments.of("used without expiry", (Consumer<Parts>) p -> p.expiresAt = null, false),
                Arguments.of("requested without requester", (Consumer<Parts>) p -> {
                    p.status = KeyStatus.REQUESTED;
                    p.requestedAt = T0;
                }, false),
                Arguments.of("requested without time", (Consumer<Parts>) p -> {
                    p.status = KeyStatus.REQUESTED;
                    p.requestedBy = SUPPORT;
                }, false),
                Arguments.of("revoked without time", (Consumer<Parts>) p -> p.status = KeyStatus.REVOKED, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInvariants")
    void constructorRefusesWhatTheStatusForbids(String name, Consumer<Parts> breakIt, boolean fromAvailable) {
        Parts parts = fromAvailable ? Parts.available() : new Parts();
        breakIt.accept(parts);
        assertThatThrownBy(parts::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorAcceptsTheValidParts() {
        assertThat(new Parts().build().status()).isEqualTo(KeyStatus.USED);
        assertThat(Parts.available().build()).isEqualTo(LicenseKey.inStock(CODE, LicenseTypeCode.WEEKLY, T0));
        Parts revoked = new Parts();
        revoked.status = KeyStatus.REVOKED;
        revoked.revokedAt = SOLD_AT;
        assertThat(revoked.build().status()).isEqualTo(KeyStatus.REVOKED);
    }

    static Stream<Consumer<Parts>> missingParts() {
        return Stream.of(p -> p.code = null, p -> p.type = null, p -> p.status = null, p -> p.createdAt = null);
    }

    @ParameterizedTest
    @MethodSource("missingParts")
    void constructorRefusesMissingIdentity(Consumer<Parts> breakIt) {
        Parts parts = new Parts();
        breakIt.accept(parts);
        assertThatThrownBy(parts::build).isInstanceOf(NullPointerException.class);
    }
}
