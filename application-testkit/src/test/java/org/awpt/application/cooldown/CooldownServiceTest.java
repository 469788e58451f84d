package org.awpt.application.cooldown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class CooldownServiceTest {
    private static final DiscordUserId USER = AdminShop.BUYER;
    private static final CooldownAction VERIFY = CooldownAction.ROBUX_VERIFICATION;

    private final AdminShop shop = new AdminShop();
    private final CooldownUseCase cooldowns = shop.cooldowns;

    @Test
    void aUserWhoNeverFailedIsNotCoolingDown() {
        assertThatCode(() -> cooldowns.check(USER, VERIFY)).doesNotThrowAnyException();
    }

    @Test
    void failuresPastTheFreeOnesMakeTheUserWaitLongerEachTime() {
        cooldowns.recordFailure(USER, VERIFY);
        cooldowns.recordFailure(USER, VERIFY);
        assertThatCode(() -> cooldowns.check(USER, VERIFY)).doesNotThrowAnyException();

        cooldowns.recordFailure(USER, VERIFY);
        Instant thirdAt = shop.clock.instant();
        assertRetryAt(thirdAt.plusSeconds(30));

        shop.clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> cooldowns.check(USER, VERIFY)).doesNotThrowAnyException();

        cooldowns.recordFailure(USER, VERIFY);
        assertRetryAt(shop.clock.instant().plusSeconds(60));
    }

    @Test
    void eachActionFollowsItsConfiguredRule() {
        ShopSettings defaults = ExampleShop.settings(AdminShop.ACCESS);
        ShopSettings strict = new ShopSettings(defaults.types(), defaults.prices(), defaults.methods(),
                defaults.gamePasses(), defaults.thresholds(), defaults.buyerPolicy(), defaults.proofPolicy(),
                defaults.importLimits(), defaults.access(), defaults.sessionExpiry(),
                Map.of(VERIFY, new CooldownRule(0, Duration.ofMinutes(5), Duration.ofMinutes(5))), defaults.zone());
        AdminShop strictShop = new AdminShop(strict);

        strictShop.cooldowns.recordFailure(USER, VERIFY);
        strictShop.cooldowns.recordFailure(USER, CooldownAction.MANUAL_PAYMENT);

        assertThatThrownBy(() -> strictShop.cooldowns.check(USER, VERIFY))
                .isInstanceOfSatisfying(CoolingDownException.class, e -> assertThat(e.retryAt())
                        .isEqualTo(strictShop.clock.instant().plus(Duration.ofMinutes(5))));
        assertThatCode(() -> strictShop.cooldowns.check(USER, CooldownAction.MANUAL_PAYMENT))
                .doesNotThrowAnyException();
    }

    @Test
    void cooldownsAreKeptPerUserAndPerAction() {
        failThrice(USER, VERIFY);

        assertThatThrownBy(() -> cooldowns.check(USER, VERIFY)).isInstanceOf(CoolingDownException.class);
        assertThatCode(() -> cooldowns.check(USER, CooldownAction.OPEN_TICKET)).doesNotThrowAnyException();
        assertThatCode(() -> cooldowns.check(AdminShop.SUPPORT, VERIFY)).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheFailures() {
        cooldowns.recordFailure(USER, VERIFY);
        cooldowns.recordFailure(USER, VERIFY);
        cooldowns.recordSuccess(USER, VERIFY);
        cooldowns.recordFailure(USER, VERIFY);

        assertThatCode(() -> cooldowns.check(USER, VERIFY)).doesNotThrowAnyException();
        assertThat(shop.cooldownStore.find(USER, VERIFY)).get().extracting(c -> c.failures()).isEqualTo(1);
    }

    @Test
    void aSuccessWithoutFailuresWritesNothing() {
        cooldowns.recordSuccess(USER, VERIFY);

        assertThat(shop.cooldownStore.find(USER, VERIFY)).isEmpty();
    }

    @Test
    void anAdminResetsACooldownAndItIsAudited() {
        failThrice(USER, VERIFY);

        assertThat(cooldowns.reset(AdminShop.admin(), USER, Optional.of(VERIFY))).containsExactly(VERIFY);

        assertThatCode(() -> cooldowns.check(USER, VERIFY)).doesNotThrowAnyException();
        AuditEvent event = shop.auditLog.ofAction(AuditAction.COOLDOWN_RESET).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.ADMIN);
        assertThat(event.subject()).isEqualTo(USER.asString());
        assertThat(event.details()).containsEntry("action", "robux_verification");
    }

    @Test
    void onlyAdminsReset() {
        failThrice(USER, VERIFY);

        assertThatThrownBy(() -> cooldowns.reset(AdminShop.support(), USER, Optional.of(VERIFY)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> cooldowns.reset(AdminShop.buyer(), USER, Optional.empty()))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> cooldowns.check(USER, VERIFY)).isInstanceOf(CoolingDownException.class);
        assertThat(shop.auditLog.all()).isEmpty();
    }

    @Test
    void anAdminSeesWhereAUserStandsAtEveryAction() {
        failThrice(USER, VERIFY);
        cooldowns.recordFailure(USER, CooldownAction.MANUAL_PAYMENT);

        List<CooldownState> states = cooldowns.status(AdminShop.admin(), USER);

        assertThat(states).containsExactly(
                new CooldownState(VERIFY, 3, Optional.of(shop.clock.instant().plusSeconds(30))),
                new CooldownState(CooldownAction.MANUAL_PAYMENT, 1, Optional.empty()),
                new CooldownState(CooldownAction.OPEN_TICKET, 0, Optional.empty()));
        assertThatThrownBy(() -> cooldowns.status(AdminShop.support(), USER)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void resettingEveryActionClearsAndAuditsEachOneThatCounted() {
        failThrice(USER, VERIFY);
        cooldowns.recordFailure(USER, CooldownAction.OPEN_TICKET);

        assertThat(cooldowns.reset(AdminShop.admin(), USER, Optional.empty()))
                .containsExactly(VERIFY, CooldownAction.OPEN_TICKET);

        assertThat(cooldowns.status(AdminShop.admin(), USER)).allSatisfy(state -> {
            assertThat(state.failures()).isZero();
            assertThat(state.retryAt()).isEmpty();
        });
        assertThat(shop.auditLog.ofAction(AuditAction.COOLDOWN_RESET))
                .extracting(event -> event.details().get("action"))
                .containsExactlyInAnyOrder("robux_verification", "open_ticket");
    }

    private void failThrice(DiscordUserId user, CooldownAction action) {
        for (int i = 0; i < 3; i++) {
            cooldowns.recordFailure(user, action);
        }
    }

    private void assertRetryAt(Instant expected) {
        assertThatThrownBy(() -> cooldowns.check(USER, VERIFY))
                .isInstanceOfSatisfying(CoolingDownException.class, e -> assertThat(e.retryAt()).isEqualTo(expected));
    }
}
