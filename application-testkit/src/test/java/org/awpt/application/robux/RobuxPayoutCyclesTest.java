package org.awpt.application.robux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.OTHER_ADMIN;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxInventoryHiddenException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.junit.jupiter.api.Test;

/** Robux purchases when Roblox names ownerships with no instance id: one payout per cycle. */
class RobuxPayoutCyclesTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ACCOUNT = new RobloxUserId(111);
    private static final RobloxUser USER = new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false);

    private final BuyerShop shop = BuyerShop.withRoomyRobloxBudgets();

    private BuyerShop owningWithoutInstance() {
        shop.roblox.addUser(USER).grantWithoutInstance(ACCOUNT, WEEKLY_PASS);
        return shop;
    }

    private RobuxPurchaseResult verify() {
        return shop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1"));
    }

    private PayoutCycle removed() {
        return shop.robux.confirmRemoval(new ConfirmGamePassRemoval(as(BUYER), WEEKLY, ACCOUNT));
    }

    private static Optional<PayoutCycle> resetOrNothing(Callable<PayoutCycle> reset) throws Exception {
        try {
            return Optional.of(reset.call());
        } catch (NothingToResetException later) {
            assertThat(later.details()).containsEntry("cycle", 2);
            return Optional.empty();
        }
    }

    private PayoutCycle reset(BuyerShop on, String account) {
        return on.robux.resetCycle(new ResetPayoutCycle(as(ADMIN), account, WEEKLY_PASS));
    }

    /** Past the week of the license just bought, so only the used purchase stands in the way. */
    private void licenseRunsOut() {
        shop.clock.advance(Duration.ofDays(8));
    }

    @Test
    void theFirstOwnershipOpensCycleOneAndIsPaidOnce() {
        owningWithoutInstance().stock(WEEKLY, 5);

        LicenseKey key = verify().key();

        assertThat(key.orderId().value()).isEqualTo("robux:111:1022970504:c1");
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_PURCHASE)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("robux:111:1022970504:c1"));
        licenseRunsOut();
        assertThatThrownBy(this::verify).isInstanceOf(AlreadyPaidOutException.class);
        assertThatThrownBy(this::verify).isInstanceOf(AlreadyPaidOutException.class);
        assertThat(shop.keys.heldBy(BUYER)).extracting(LicenseKey::code).containsExactly(key.code());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
    }

    @Test
    void removeThenIRemovedItThenRebuyThenVerifyPaysASecondKey() {
        owningWithoutInstance().stock(WEEKLY, 5);
        LicenseKey first = verify().key();
        licenseRunsOut();
        assertThatThrownBy(this::verify).isInstanceOf(AlreadyPaidOutException.class);

        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS);
        PayoutCycle next = removed();
        assertThat(next).isEqualTo(new PayoutCycle(ACCOUNT, WEEKLY_PASS, 2, true));
        shop.roblox.grantWithoutInstance(ACCOUNT, WEEKLY_PASS);
        LicenseKey second = verify().key();

        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(second.orderId().value()).isEqualTo("robux:111:1022970504:c2");
        assertThat(shop.buyers.deliveredCodes()).containsExactly(first.code(), second.code());
        AuditEvent closed = shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED).get(0);
        assertThat(closed.actor()).isEqualTo(BUYER);
        assertThat(closed.subject()).isEqualTo("robux:111:1022970504:c1");
        assertThat(closed.details()).containsEntry("reason", "removal_seen").containsEntry("next", "2");
    }

    @Test
    void iRemovedItWhileStillOwnedIsRefusedAndChangesNothing() {
        owningWithoutInstance().stock(WEEKLY, 5);
        verify();
        licenseRunsOut();

        assertThatThrownBy(this::removed).isInstanceOfSatisfying(GamePassStillOwnedException.class,
                e -> assertThat(e.code()).isEqualTo("gamepass_still_owned"));

        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).isEmpty();
        assertThat(shop.once.subjects(PayoutCycles.TOPIC, null, 10)).isEmpty();
        assertThatThrownBy(this::verify).isInstanceOf(AlreadyPaidOutException.class);
        assertThat(shop.keys.heldBy(BUYER)).hasSize(1);
    }

    @Test
    void iRemovedItBeforeAnyPayoutClosesNothing() {
        shop.roblox.addUser(USER).addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true));
        shop.stock(WEEKLY, 5);

        assertThat(removed()).isEqualTo(new PayoutCycle(ACCOUNT, WEEKLY_PASS, 1, false));

        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).isEmpty();
        shop.roblox.grantWithoutInstance(ACCOUNT, WEEKLY_PASS);
        assertThat(verify().key().orderId().value()).endsWith(":c1");
    }

    @Test
    void aRebuyTheShopDidNotSeeRemovedLooksLikeTheOldOwnershipUntilAnAdminResetsIt() {
        owningWithoutInstance().stock(WEEKLY, 5);
        verify();
        licenseRunsOut();
        // Deleted and bought again between two looks: Roblox shows the same "owned" as before.
        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS).grantWithoutInstance(ACCOUNT, WEEKLY_PASS);
        assertThatThrownBy(this::verify).isInstanceOf(AlreadyPaidOutException.class);

        assertThatThrownBy(() -> shop.robux.resetCycle(new ResetPayoutCycle(as(BUYER), "111", WEEKLY_PASS)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(reset(shop, "Buyer_One")).isEqualTo(new PayoutCycle(ACCOUNT, WEEKLY_PASS, 2, true));

        assertThat(verify().key().orderId().value()).endsWith(":c2");
        assertThat(shop.keys.heldBy(BUYER)).hasSize(2);
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.details()).containsEntry("reason", "admin_reset").containsEntry("cycle", "1");
        });
    }

    @Test
    void anAdminResetOfACycleNotPaidYetIsRefused() {
        owningWithoutInstance().stock(WEEKLY, 5);

        assertThatThrownBy(() -> reset(shop, "111")).isInstanceOfSatisfying(NothingToResetException.class,
                e -> assertThat(e.details()).containsEntry("cycle", 1));
        assertThatThrownBy(() -> shop.robux.resetCycle(new ResetPayoutCycle(as(ADMIN), "111", 42)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).isEmpty();
    }

    @Test
    void twoAdminsResettingAtOnceOpenOneCycle() throws Exception {
        owningWithoutInstance().stock(WEEKLY, 5);
        verify();

        // An admin who comes after the other's close finds cycle 2 unpaid: "nothing to reset", told as such.
        List<Optional<PayoutCycle>> results = Race.all(List.<Callable<Optional<PayoutCycle>>>of(
                () -> resetOrNothing(() -> reset(shop, "111")),
                () -> resetOrNothing(() -> shop.robux.resetCycle(new ResetPayoutCycle(as(OTHER_ADMIN), "111",
                        WEEKLY_PASS)))));

        List<PayoutCycle> answered = results.stream().flatMap(Optional::stream).toList();
        assertThat(answered).extracting(PayoutCycle::open).containsOnly(2);
        assertThat(answered).filteredOn(PayoutCycle::closedNow).hasSize(1);
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).hasSize(1);
    }

    @Test
    void manyIRemovedItClicksAtOnceCloseTheCycleOnce() throws Exception {
        owningWithoutInstance().stock(WEEKLY, 5);
        verify();
        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS);
        List<Callable<PayoutCycle>> clicks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            clicks.add(this::removed);
        }

        List<PayoutCycle> results = Race.all(clicks);

        assertThat(results).extracting(PayoutCycle::open).containsOnly(2);
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).hasSize(1);
        assertThat(shop.once.subjects(PayoutCycles.TOPIC, null, 10)).containsExactly("111:1022970504:1");
    }

    @Test
    void thirtyTwoVerificationsOfOneCycleAtOnceHandOutOneKey() throws Exception {
        owningWithoutInstance().stock(WEEKLY, 40);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            racers.add(() -> {
                try {
                    return verify().key().code();
                } catch (AlreadyLicensedException | AlreadyPaidOutException refused) {
                    return refused;
                }
            });
        }

        List<Object> results = Race.all(racers);

        List<KeyCode> keys = results.stream().filter(KeyCode.class::isInstance).map(KeyCode.class::cast).toList();
        assertThat(keys).isNotEmpty().containsOnly(keys.get(0));
        assertThat(shop.keys.heldBy(BUYER)).extracting(LicenseKey::code).containsExactly(keys.get(0));
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(39);
        assertThat(shop.buyers.deliveredCodes()).containsOnly(keys.get(0));
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_PURCHASE)).hasSize(1);
    }

    @Test
    void cyclesSurviveARestart() {
        owningWithoutInstance().stock(WEEKLY, 5);
        verify();
        licenseRunsOut();
        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS);
        removed();
        shop.roblox.grantWithoutInstance(ACCOUNT, WEEKLY_PASS);

        BuyerShop restarted = shop.restarted();
        LicenseKey second = restarted.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", null)).key();

        assertThat(second.orderId().value()).endsWith(":c2");
        shop.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> restarted.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", null)))
                .isInstanceOf(AlreadyPaidOutException.class);
    }

    @Test
    void moreThanAPageOfClosedCyclesStillCountsRight() {
        shop.roblox.addUser(USER);
        for (int cycle = 1; cycle <= 250; cycle++) {
            new PayoutCycles(shop.once).close(ACCOUNT, WEEKLY_PASS, cycle, shop.clock.instant());
        }
        new PayoutCycles(shop.once).close(new RobloxUserId(1110), WEEKLY_PASS, 1, shop.clock.instant());

        assertThat(new PayoutCycles(shop.once).current(ACCOUNT, WEEKLY_PASS)).isEqualTo(251);
        assertThat(new PayoutCycles(shop.once).current(new RobloxUserId(11), WEEKLY_PASS)).isEqualTo(1);
        assertThat(new PayoutCycles(shop.once).current(ACCOUNT, 1030833419L)).isEqualTo(1);
    }

    @Test
    void aHiddenInventoryIsNeitherNotOwnedNorAnOutage() {
        owningWithoutInstance().stock(WEEKLY, 5);
        shop.roblox.hideInventory(ACCOUNT);

        assertThatThrownBy(this::verify).isInstanceOfSatisfying(RobloxInventoryHiddenException.class,
                e -> assertThat(e.code()).isEqualTo("roblox_inventory_hidden"));
        assertThatThrownBy(this::removed).isInstanceOf(RobloxInventoryHiddenException.class);

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
        assertThat(shop.cooldowns.find(BUYER, CooldownAction.ROBUX_VERIFICATION)).isEmpty();
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "roblox_inventory_hidden"));

        shop.roblox.showInventory(ACCOUNT);
        assertThat(verify().key().holder()).isEqualTo(BUYER);
    }

    @Test
    void anOwnershipWithAnInstanceIdKeepsItsOwnOrderAndIRemovedItJustConfirms() {
        shop.roblox.addUser(USER).grant(ACCOUNT, WEEKLY_PASS, 5001);
        shop.stock(WEEKLY, 5);
        verify();
        licenseRunsOut();
        shop.roblox.revoke(ACCOUNT, WEEKLY_PASS);

        assertThat(removed()).isEqualTo(new PayoutCycle(ACCOUNT, WEEKLY_PASS, 1, false));
        shop.roblox.grant(ACCOUNT, WEEKLY_PASS, 5002);

        assertThat(verify().key().orderId().value()).isEqualTo("robux:111:1022970504:5002");
        assertThat(shop.audit.ofAction(AuditAction.ROBUX_CYCLE_CLOSED)).isEmpty();
    }
}
