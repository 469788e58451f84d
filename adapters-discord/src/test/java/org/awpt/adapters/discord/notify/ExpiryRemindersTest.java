package org.awpt.adapters.discord.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;

import java.time.Duration;
import java.util.List;
import org.awpt.adapters.discord.BotAssembly;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.application.fake.InMemoryReminderLog;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {
    private final BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 5);
    private final FakeDiscordOps discord = bot.stores.discord;
    private final InMemoryReminderLog log = new InMemoryReminderLog();

    private ExpiryReminders reminders() {
        return new BotAssembly(bot.messages, bot.settings, discord, bot.stores.tickets, bot.stores.clock)
                .expiryReminders(bot.stores.keys, log, Duration.ofDays(2));
    }

    @BeforeEach
    void buy() {
        RobloxUserId account = new RobloxUserId(156);
        bot.stores.roblox.addUser(new RobloxUser(account, "Builderman", null, false))
                .addGamePass(new GamePassInfo(1022970504L, "Donation", 2400L, true)).grant(account, 1022970504L, 7);
        new BotDriver(bot).submit(BUYER, NO_ROLES, "v1:robux:modal:weekly", "ticket", List.of(), "account", "156");
    }

    @Test
    void aReminderIsSentOnceBeforeExpiryAlsoAfterARestart() {
        assertThat(reminders().sendDue()).isZero();

        bot.stores.clock.advance(Duration.ofDays(5) .plusHours(1));
        assertThat(reminders().sendDue()).isEqualTo(1);
        assertThat(reminders().sendDue()).isZero();

        FakeDiscordOps.Posted reminder = discord.dms(BUYER).get(discord.dms(BUYER).size() - 1);
        assertThat(BotDriver.text(reminder.reply())).contains("expires soon")
                .doesNotContain(bot.stores.keys.heldBy(BUYER).get(0).code().value());
        assertThat(BotDriver.button(BotDriver.buttons(reminder.reply()), ComponentAction.RENEW).getCustomId())
                .isEqualTo("v1:lic:renew:weekly");
    }

    @Test
    void renewFromADirectMessageOpensATicketInTheShopsServer() {
        net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent event = MockEvents.button(
                BUYER.value(), NO_ROLES, "v1:lic:renew:weekly", "dm-2000", "1");
        org.mockito.Mockito.when(event.getGuild()).thenReturn(null);
        bot.router.onButtonInteraction(event);

        assertThat(bot.stores.tickets.findOpenOf(BUYER)).hasValueSatisfying(t ->
                assertThat(t.guildId()).isEqualTo(MockEvents.GUILD));
    }
}
