package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.junit.jupiter.api.Test;

/** The requester the router reports: facts only, the Administrator permission as a reserved role id. */
class InteractionRouterRequesterTest {
    private final User user = mock(User.class);

    InteractionRouterRequesterTest() {
        when(user.getIdLong()).thenReturn(42L);
    }

    @Test
    void aMemberWithAdministratorCarriesTheServerAdministratorMarker() {
        Requester requester = InteractionRouter.requester(user, member(true, "7"));

        assertThat(requester.userId()).isEqualTo(new DiscordUserId(42L));
        assertThat(requester.roleIds()).containsExactlyInAnyOrder("7", AccessPolicy.SERVER_ADMINISTRATOR);
    }

    @Test
    void aMemberWithoutAdministratorCarriesOnlyTheirRoles() {
        Requester requester = InteractionRouter.requester(user, member(false, "7", "8"));

        assertThat(requester.roleIds()).containsExactlyInAnyOrder("7", "8");
    }

    @Test
    void directMessagesHaveNoRolesAndNoMarker() {
        assertThat(InteractionRouter.requester(user, null).roleIds()).isEmpty();
    }

    private static Member member(boolean administrator, String... roleIds) {
        Member member = mock(Member.class);
        List<Role> roles = Arrays.stream(roleIds).map(id -> {
            Role role = mock(Role.class);
            when(role.getId()).thenReturn(id);
            return role;
        }).toList();
        when(member.getRoles()).thenReturn(roles);
        when(member.hasPermission(Permission.ADMINISTRATOR)).thenReturn(administrator);
        return member;
    }
}
