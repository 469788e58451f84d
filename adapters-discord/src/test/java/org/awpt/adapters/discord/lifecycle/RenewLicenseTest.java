package org.awpt.adapters.discord.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Ack;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

class RenewLicenseTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final ComponentId RENEW = ComponentId.of(ComponentAction.LICENSE_RENEW, "weekly");
    private static final Invocation IN_DM = new Invocation(Requester.of(BUYER), Optional.empty(), "dm-2000",
            Optional.of("m1"), "", Map.of(), List.of(), java.util.Locale.ENGLISH);

    private final ComponentHandler tickets = mock(ComponentHandler.class);
    private final FakeDiscordOps discord = new FakeDiscordOps();
    private final Messages messages = Messages.english();
    private final Reply opened = Reply.privateText("Your purchase ticket is ready: <#55>");

    private RenewLicense renew(List<String> configured) {
        when(tickets.actions()).thenReturn(Set.of(ComponentAction.PANEL_BUY, ComponentAction.TICKET_CLOSE));
        when(tickets.handle(eq(ComponentId.of(ComponentAction.PANEL_BUY)), any())).thenReturn(opened);
        return new RenewLicense(tickets, ShopServers.of(configured), discord);
    }

    private Invocation ticketAsked() {
        ArgumentCaptor<Invocation> asked = ArgumentCaptor.forClass(Invocation.class);
        verify(tickets).handle(eq(ComponentId.of(ComponentAction.PANEL_BUY)), asked.capture());
        return asked.getValue();
    }

    @Test
    void renewingFromADirectMessageOpensATicketInTheFirstConfiguredServer() {
        discord.inGuilds("902", "901", "900");
        RenewLicense handler = renew(List.of("900", "901"));

        Reply reply = handler.handle(RENEW, IN_DM);

        assertThat(reply).isSameAs(opened);
        assertThat(ticketAsked().guildId()).contains("900");
        assertThat(ticketAsked().user()).isEqualTo(BUYER);
        assertThat(handler.actions()).containsExactly(ComponentAction.LICENSE_RENEW);
        assertThat(handler.ack(RENEW)).isEqualTo(Ack.REPLY_PRIVATE);
    }

    @Test
    void withNoConfiguredServerTheTicketIsOpenedInTheBotsOnlyServer() {
        discord.inGuilds("777");
        RenewLicense handler = renew(List.of());

        Reply reply = handler.handle(RENEW, IN_DM);

        assertThat(reply).isSameAs(opened);
        assertThat(ticketAsked().guildId()).contains("777");
    }

    @Test
    void withNoConfiguredServerAndTheBotInNoneOrSeveralTheBuyerIsSentToThePanelAndTheOperatorWarnedOnce() {
        RenewLicense handler = renew(List.of());
        Logger logger = (Logger) LoggerFactory.getLogger(RenewLicense.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        Reply inNone;
        Reply inSeveral;
        try {
            discord.inGuilds();
            inNone = handler.handle(RENEW, IN_DM);
            discord.inGuilds("777", "778");
            inSeveral = handler.handle(RENEW, IN_DM);
        } finally {
            logger.detachAppender(logged);
        }

        verify(tickets, never()).handle(any(), any());
        assertThat(List.of(inNone, inSeveral)).allSatisfy(reply -> {
            assertThat(reply.content()).isEqualTo(messages.get("renew.no_server")).contains("purchase panel");
            assertThat(reply.ephemeral()).isTrue();
        });
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("guildIds"));
    }

    @Test
    void onlyRenewalsAreHandled() {
        RenewLicense handler = renew(List.of("900"));

        assertThatThrownBy(() -> handler.handle(ComponentId.of(ComponentAction.PANEL_BUY), IN_DM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsATicketOpener() {
        when(tickets.actions()).thenReturn(Set.of(ComponentAction.MY_LICENSES));
        assertThatThrownBy(() -> new RenewLicense(tickets, ShopServers.of(List.of("900")), discord))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRenewButtonOfAReminderOpensATicketInTheShopsServerThroughTheBotsRouter() {
        assertRenewOpensATicketThroughTheRouter(new BotFixture());
    }

    @Test
    void withOnlyABotTokenTheRenewButtonOfAReminderOpensATicketInTheBotsOnlyServer() {
        assertRenewOpensATicketThroughTheRouter(BotFixture.withNoConfiguredServer());
    }

    @Test
    void withOnlyABotTokenAndTheBotInSeveralServersTheRenewButtonSendsTheBuyerToThePanel() {
        BotFixture bot = BotFixture.withNoConfiguredServer().stock(LicenseTypeCode.WEEKLY, 5);
        bot.stores.discord.inGuilds(MockEvents.GUILD, "900000000000000002");
        ButtonInteractionEvent click = renewClickInDm();

        bot.router.onButtonInteraction(click);

        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(bot.stores.discord.channels()).isEmpty();
        assertThat(MockEvents.lastEdit(click.getHook()).getContent()).isEqualTo(messages.get("renew.no_server"));
    }

    private void assertRenewOpensATicketThroughTheRouter(BotFixture fixture) {
        BotFixture bot = fixture.stock(LicenseTypeCode.WEEKLY, 5);
        ButtonInteractionEvent click = renewClickInDm();

        bot.router.onButtonInteraction(click);

        String ticketChannel = bot.stores.tickets.findOpenOf(BUYER).orElseThrow().channelId();
        assertThat(bot.stores.tickets.findOpenOf(BUYER).orElseThrow().guildId()).isEqualTo(MockEvents.GUILD);
        assertThat(MockEvents.lastEdit(click.getHook()).getContent()).contains("<#" + ticketChannel + ">");
    }

    private static ButtonInteractionEvent renewClickInDm() {
        ButtonInteractionEvent click = MockEvents.button(BUYER.value(), BotFixture.NO_ROLES, RENEW.encode(), "dm-2000",
                "reminder-1");
        // Reminders arrive by direct message: no server, no member.
        when(click.getGuild()).thenReturn(null);
        when(click.getMember()).thenReturn(null);
        return click;
    }
}
