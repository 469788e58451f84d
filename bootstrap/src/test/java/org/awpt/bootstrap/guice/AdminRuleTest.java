package org.awpt.bootstrap.guice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontCatalog;
import org.awpt.bootstrap.config.AdminRule;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.access.Role;
import org.junit.jupiter.api.Test;

/** The start-up mapping of the configured admins to the policy the shop enforces. */
class AdminRuleTest {
    private static final DiscordUserId OWNER = new DiscordUserId(100);
    private static final DiscordUserId NAMED = new DiscordUserId(200);
    private static final Requester SERVER_ADMIN = new Requester(OWNER, Set.of(AccessPolicy.SERVER_ADMINISTRATOR));

    private static Authorization authorization(AccessPolicy configured) {
        return new Authorization(new ApplicationModule(ExampleShop.settings(configured), StorefrontCatalog.none(),
                Duration.ofDays(2)).enforcedSettings().access());
    }

    @Test
    void withNoAdminConfiguredServerAdministratorsAreAdmins() {
        AccessPolicy none = new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of());

        assertThat(AdminRule.effective(none).adminRoleIds()).containsExactly(AccessPolicy.SERVER_ADMINISTRATOR);
        assertThat(AdminRule.describe(none)).contains("members with the Administrator permission");
        assertThat(authorization(none).actor(SERVER_ADMIN).has(Role.ADMIN)).isTrue();
        assertThat(authorization(none).actor(Requester.of(OWNER)).has(Role.ADMIN)).isFalse();
    }

    @Test
    void configuredAdminUsersKeepServerAdministratorsOut() {
        AccessPolicy byUser = new AccessPolicy(Set.of(NAMED), Set.of(), Set.of(), Set.of());

        assertThat(AdminRule.effective(byUser)).isEqualTo(byUser);
        assertThat(AdminRule.describe(byUser)).contains("the configured allowedUserIds").contains("1 users");
        assertThat(authorization(byUser).actor(SERVER_ADMIN).has(Role.ADMIN)).isFalse();
        assertThat(authorization(byUser).actor(Requester.of(NAMED)).has(Role.ADMIN)).isTrue();
    }

    @Test
    void aConfiguredAdminRoleKeepsServerAdministratorsOut() {
        AccessPolicy byRole = new AccessPolicy(Set.of(), Set.of("300"), Set.of(), Set.of());

        assertThat(AdminRule.effective(byRole)).isEqualTo(byRole);
        assertThat(authorization(byRole).actor(SERVER_ADMIN).has(Role.ADMIN)).isFalse();
        assertThat(authorization(byRole).actor(new Requester(OWNER, Set.of("300"))).has(Role.ADMIN)).isTrue();
    }
}
