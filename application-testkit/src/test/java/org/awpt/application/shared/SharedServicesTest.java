package org.awpt.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.access.Requester;
import org.awpt.domain.access.Role;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class SharedServicesTest {
    private static final DiscordUserId ADMIN = new DiscordUserId(1);
    private static final DiscordUserId SUPPORT = new DiscordUserId(2);
    private static final DiscordUserId BUYER = new DiscordUserId(3);
    private static final AccessPolicy POLICY = new AccessPolicy(Set.of(ADMIN), Set.of("admin-role"), Set.of(SUPPORT),
            Set.of());

    private final Authorization authorization = new Authorization(POLICY);

    @Test
    void authorizationRequiresTheRoleOfTheAction() {
        assertThat(authorization.requireAdmin(Requester.of(ADMIN), "revoke keys").isAdmin()).isTrue();
        assertThat(authorization.requireAdmin(new Requester(BUYER, Set.of("admin-role")), "revoke keys").id())
                .isEqualTo(BUYER);
        assertThat(authorization.requireSupport(Requester.of(SUPPORT), "request keys").has(Role.SUPPORT)).isTrue();
        assertThat(authorization.requireSupport(Requester.of(ADMIN), "request keys").has(Role.SUPPORT)).isTrue();
        assertThat(authorization.actor(Requester.of(BUYER)).roles()).containsExactly(Role.BUYER);
        assertThatThrownBy(() -> authorization.requireAdmin(Requester.of(SUPPORT), "revoke keys"))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> authorization.requireSupport(Requester.of(BUYER), "request keys"))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void theAuditorWritesEventsWithAnIdAndTheClocksTime() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        MutableClock clock = new MutableClock();
        Auditor auditor = new Auditor(log, new SequentialIdSource("audit"), clock);

        AuditEvent event = auditor.record(ADMIN, AuditAction.KEY_REVOKED, "TestK\u2022\u2022\u20220001",
                Map.of("reason", "leak"));

        assertThat(event.id()).isEqualTo("audit00000000000000001");
        assertThat(event.at()).isEqualTo(clock.instant());
        assertThat(log.recent(new AuditQuery(Optional.empty(), Optional.empty(), 10))).containsExactly(event);
    }

    @Test
    void secureRandomIdsAre22UrlSafeCharactersAndDistinct() {
        SecureRandomIdSource ids = new SecureRandomIdSource(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = new SecureRandomIdSource().nextId();
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            seen.add(id);
            seen.add(ids.nextId());
        }

        assertThat(seen).hasSize(2000);
    }

    @Test
    void defaultSettingsAreTheSpecificationsShopTakingNoPayment() {
        ShopSettings settings = ShopSettings.defaults(POLICY);

        assertThat(settings.methods().all()).isEmpty();
        assertThat(settings.gamePasses().all()).isEmpty();

        assertThat(settings.sessionExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.types().codes()).extracting(c -> c.value()).containsExactly("weekly", "monthly");
        assertThat(settings.cooldownRule(CooldownAction.ROBUX_VERIFICATION)).isEqualTo(CooldownRule.defaults());
    }

    @Test
    void settingsTakeConfiguredCooldownsAndRefuseAZeroExpiry() {
        ShopSettings defaults = ShopSettings.defaults(POLICY);
        CooldownRule strict = new CooldownRule(0, Duration.ofMinutes(1), Duration.ofMinutes(10));
        ShopSettings custom = withExpiryAndCooldowns(defaults, Duration.ofHours(2),
                Map.of(CooldownAction.OPEN_TICKET, strict));

        assertThat(custom.cooldownRule(CooldownAction.OPEN_TICKET)).isEqualTo(strict);
        assertThat(custom.cooldownRule(CooldownAction.MANUAL_PAYMENT)).isEqualTo(CooldownRule.defaults());
        assertThat(withExpiryAndCooldowns(defaults, Duration.ofHours(2), null).cooldowns()).isEmpty();
        assertThatThrownBy(() -> withExpiryAndCooldowns(defaults, Duration.ZERO, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withExpiryAndCooldowns(defaults, Duration.ofHours(-1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ShopSettings withExpiryAndCooldowns(ShopSettings s, Duration expiry,
            Map<CooldownAction, CooldownRule> cooldowns) {
        return new ShopSettings(s.types(), s.prices(), s.methods(), s.gamePasses(), s.thresholds(), s.buyerPolicy(),
                s.proofPolicy(), s.importLimits(), s.access(), expiry, cooldowns, s.zone());
    }
}
