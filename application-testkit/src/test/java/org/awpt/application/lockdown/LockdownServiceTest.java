package org.awpt.application.lockdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class LockdownServiceTest {
    private final AdminShop shop = new AdminShop();
    private final LockdownUseCase lockdown = shop.lockdown;

    @Test
    void statusListsEveryPaymentMethodThenKeyRequestsAndImportsAllOpenAtFirst() {
        assertThat(lockdown.status(AdminShop.admin())).extracting(state -> state.feature().code())
                .containsExactly("robux", "paypal", "international", "cashapp", "applepay", "gcash", "key_requests",
                        "imports");
        assertThat(lockdown.status(AdminShop.admin())).allSatisfy(state -> {
            assertThat(state.locked()).isFalse();
            assertThat(state.lastChange()).isEmpty();
        });
    }

    @Test
    void onlyAdminsSeeTheStatus() {
        assertThatThrownBy(() -> lockdown.status(Requester.of(AdminShop.SUPPORT)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void anAdminLocksAFeatureWhichThenRefusesWithTheReasonAndIsAudited() {
        Lockdown set = lockdown.set(new SetLockdown(AdminShop.admin(), Feature.paymentMethod("gcash"), true,
                "  provider outage "));

        assertThat(set.locked()).isTrue();
        assertThat(set.reason()).isEqualTo("provider outage");
        assertThat(set.changedBy()).isEqualTo(AdminShop.ADMIN);
        assertThat(set.changedAt()).isEqualTo(shop.clock.instant());
        assertThatThrownBy(() -> lockdown.requireOpen(Feature.paymentMethod("gcash")))
                .isInstanceOf(LockedDownException.class)
                .satisfies(e -> assertThat(((LockedDownException) e).details())
                        .containsEntry("reason", "provider outage"));
        assertThatCode(() -> lockdown.requireOpen(Feature.paymentMethod("robux"))).doesNotThrowAnyException();
        assertThat(lockdown.status(AdminShop.admin())).filteredOn(FeatureState::locked).extracting(FeatureState::feature)
                .containsExactly(Feature.paymentMethod("gcash"));

        AuditEvent event = shop.auditLog.ofAction(AuditAction.LOCKDOWN_CHANGED).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.ADMIN);
        assertThat(event.subject()).isEqualTo("gcash");
        assertThat(event.details()).containsEntry("locked", "true").containsEntry("reason", "provider outage");
    }

    @Test
    void unlockingOpensTheFeatureAgainAndKeepsWhoDidIt() {
        lockdown.set(new SetLockdown(AdminShop.admin(), Feature.IMPORTS, true, "migration"));
        lockdown.set(new SetLockdown(Requester.of(AdminShop.OTHER_ADMIN), Feature.IMPORTS, false, null));

        assertThatCode(() -> lockdown.requireOpen(Feature.IMPORTS)).doesNotThrowAnyException();
        FeatureState imports = lockdown.status(AdminShop.admin()).stream().filter(s -> s.feature().equals(Feature.IMPORTS))
                .findFirst().orElseThrow();
        assertThat(imports.locked()).isFalse();
        assertThat(imports.lastChange()).get().extracting(Lockdown::changedBy).isEqualTo(AdminShop.OTHER_ADMIN);
        assertThat(shop.auditLog.ofAction(AuditAction.LOCKDOWN_CHANGED)).hasSize(2);
    }

    @Test
    void anAdminByServerRoleMaySwitch() {
        Requester byRole = new Requester(AdminShop.BUYER, Set.of(AdminShop.ADMIN_ROLE));

        lockdown.set(new SetLockdown(byRole, Feature.KEY_REQUESTS, true, "audit"));

        assertThatThrownBy(() -> lockdown.requireOpen(Feature.KEY_REQUESTS)).isInstanceOf(LockedDownException.class);
    }

    @Test
    void aFeatureTheShopDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> lockdown.set(new SetLockdown(AdminShop.admin(), new Feature("bitcoin"), true, "x")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("feature"));
        assertThat(shop.lockdownStore.all()).isEmpty();
        assertThat(shop.auditLog.all()).isEmpty();
    }

    @Test
    void aReasonOverFiveHundredCharactersIsRefused() {
        String reason = "r".repeat(501);
        assertThatThrownBy(() -> lockdown.set(new SetLockdown(AdminShop.admin(), Feature.IMPORTS, true, reason)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(shop.lockdownStore.all()).isEmpty();
    }

    @Test
    void supportAndBuyersMayNotSwitch() {
        for (Requester notAdmin : new Requester[] {AdminShop.support(), AdminShop.buyer()}) {
            assertThatThrownBy(() -> lockdown.set(new SetLockdown(notAdmin, Feature.IMPORTS, true, "no")))
                    .isInstanceOf(NotAuthorizedException.class);
        }
        assertThat(shop.lockdownStore.all()).isEmpty();
        assertThat(shop.auditLog.all()).isEmpty();
    }
}
