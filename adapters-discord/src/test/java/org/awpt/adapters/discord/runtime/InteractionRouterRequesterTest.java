package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.junit.jupiter.api.Test;

/** The requester the router reports: facts only, Administrator in a shop server as a reserved role id. */
class InteractionRouterRequesterTest {
    private static final ShopServers CONFIGURED = ShopServers.of(List.of("9"));
    private static final ShopServers NONE_CONFIGURED = ShopServers.of(List.of());
    private final User user = mock(User.class);

    InteractionRouterRequesterTest() {
        when(user.getIdLong()).thenReturn(42L);
    }

    @Test
    void aMemberWithAdministratorInAShopServerCarriesTheServerAdministratorMarker() {
        Requester requester = InteractionRouter.requester(user, member(true, "9", 3, "7"), CONFIGURED);

        assertThat(requester.userId()).isEqualTo(new DiscordUserId(42L));
        assertThat(requester.roleIds()).containsExactlyInAnyOrder("7", AccessPolicy.SERVER_ADMINISTRATOR);
    }

    @Test
    void aMemberWithoutAdministratorCarriesOnlyTheirRoles() {
        Requester requester = InteractionRouter.requester(user, member(false, "9", 1, "7", "8"), CONFIGURED);

        assertThat(requester.roleIds()).containsExactlyInAnyOrder("7", "8");
    }

    @Test
    void administratorOfAnotherServerCarriesNoMarker() {
        assertThat(InteractionRouter.requester(user, member(true, "10", 2, "7"), CONFIGURED).roleIds())
                .containsExactly("7");
    }

    @Test
    void withNoServerConfiguredOnlyTheBotsOnlyServerCounts() {
        assertThat(InteractionRouter.requester(user, member(true, "10", 1), NONE_CONFIGURED).roleIds())
                .containsExactly(AccessPolicy.SERVER_ADMINISTRATOR);
        assertThat(InteractionRouter.requester(user, member(true, "10", 2), NONE_CONFIGURED).roleIds()).isEmpty();
    }

    @Test
    void directMessagesHaveNoRolesAndNoMarker() {
        assertThat(InteractionRouter.requester(user, null, CONFIGURED).roleIds()).isEmpty();
    }

    private static Member member(boolean administrator, String guildId, long botServers, String... roleIds) {
        Member member = mock(Member.class);
        List<Role> roles = Arrays.stream(roleIds).map(id -> {
            Role role = mock(Role.class);
            when(role.getId()).thenReturn(id);
            return role;
        }).toList();
        when(member.getRoles()).thenReturn(roles);
        when(member.hasPermission(Permission.ADMINISTRATOR)).thenReturn(administrator);
        Guild guild = mock(Guild.class, RETURNS_DEEP_STUBS);
        when(guild.getId()).thenReturn(guildId);
        when(guild.getJDA().getGuildCache().size()).thenReturn(botServers);
        when(member.getGuild()).thenReturn(guild);
        return member;
    }
}
