package org.awpt.adapters.discord.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicensedRolesTest {
    private final BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 5);
    private final BotDriver driver = new BotDriver(bot);
    private final String role = "+" + BotFixture.LICENSED_ROLE + "@" + BUYER;
    private final String removal = "-" + BotFixture.LICENSED_ROLE + "@" + BUYER;

    @BeforeEach
    void buy() {
        RobloxUserId account = new RobloxUserId(156);
        bot.stores.roblox.addUser(new RobloxUser(account, "Builderman", null, false))
                .addGamePass(new GamePassInfo(1022970504L, "Donation", 2400L, true)).grant(account, 1022970504L, 7);
        driver.submit(BUYER, NO_ROLES, "v1:robux:modal:weekly", "ticket", List.of(), "account", "156");
    }

    private void rejoin() {
        GuildMemberJoinEvent event = mock(GuildMemberJoinEvent.class, RETURNS_DEEP_STUBS);
        when(event.getGuild().getId()).thenReturn(MockEvents.GUILD);
        when(event.getUser().getIdLong()).thenReturn(BUYER.value());
        bot.roles.onGuildMemberJoin(event);
    }

    @Test
    void deliveryGivesTheRoleAndARejoinGivesItBack() {
        assertThat(bot.stores.discord.roleChanges()).containsExactly(role);
        rejoin();
        assertThat(bot.stores.discord.roleChanges()).containsExactly(role, role);
    }

    @Test
    void anExpiredLicenseTakesTheRoleAndARejoinDoesNotGiveItBack() {
        Instant start = bot.stores.clock.instant();
        bot.stores.clock.advance(Duration.ofDays(8));

        assertThat(bot.roles.sweepExpired(start, bot.stores.clock.instant())).isEqualTo(1);
        rejoin();

        assertThat(bot.stores.discord.roleChanges()).containsExactly(role, removal);
    }

    @Test
    void aRevokedLicenseTakesTheRole() {
        String code = bot.stores.keys.heldBy(BUYER).get(0).code().value();
        driver.slash(ADMIN, NO_ROLES, "license revoke", "key", code, "reason", "chargeback");
        assertThat(bot.stores.discord.roleChanges()).containsExactly(role, removal);
    }
}
