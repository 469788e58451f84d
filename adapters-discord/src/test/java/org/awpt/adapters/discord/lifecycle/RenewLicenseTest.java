package org.awpt.adapters.discord.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RenewLicenseTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);

    private final ComponentHandler tickets = mock(ComponentHandler.class);

    private RenewLicense renew() {
        when(tickets.actions()).thenReturn(Set.of(ComponentAction.PANEL_BUY, ComponentAction.TICKET_CLOSE));
        return new RenewLicense(tickets, "900");
    }

    @Test
    void renewingFromADirectMessageOpensATicketInTheShopsServer() {
        RenewLicense handler = renew();
        Reply opened = Reply.privateText("Your purchase ticket is ready: <#55>");
        when(tickets.handle(eq(ComponentId.of(ComponentAction.PANEL_BUY)), any())).thenReturn(opened);
        Invocation inDm = new Invocation(Requester.of(BUYER), Optional.empty(), "dm-2000", Optional.of("m1"), "",
                Map.of(), List.of());

        Reply reply = handler.handle(ComponentId.of(ComponentAction.LICENSE_RENEW, "weekly"), inDm);

        assertThat(reply).isSameAs(opened);
        ArgumentCaptor<Invocation> asked = ArgumentCaptor.forClass(Invocation.class);
        verify(tickets).handle(eq(ComponentId.of(ComponentAction.PANEL_BUY)), asked.capture());
        assertThat(asked.getValue().guildId()).contains("900");
        assertThat(asked.getValue().user()).isEqualTo(BUYER);
        assertThat(handler.actions()).containsExactly(ComponentAction.LICENSE_RENEW);
        assertThat(handler.ack(ComponentId.of(ComponentAction.LICENSE_RENEW, "weekly"))).isEqualTo(Ack.REPLY_PRIVATE);
    }

    @Test
    void onlyRenewalsAreHandled() {
        RenewLicense handler = renew();
        Invocation any = new Invocation(Requester.of(BUYER), Optional.empty(), "dm-2000", Optional.empty(), "",
                Map.of(), List.of());

        assertThatThrownBy(() -> handler.handle(ComponentId.of(ComponentAction.PANEL_BUY), any))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsATicketOpenerAndAServer() {
        when(tickets.actions()).thenReturn(Set.of(ComponentAction.MY_LICENSES));
        assertThatThrownBy(() -> new RenewLicense(tickets, "900")).isInstanceOf(IllegalArgumentException.class);
        when(tickets.actions()).thenReturn(Set.of(ComponentAction.PANEL_BUY));
        assertThatThrownBy(() -> new RenewLicense(tickets, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRenewButtonOfAReminderOpensATicketInTheShopsServerThroughTheBotsRouter() {
        BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 5);
        ButtonInteractionEvent click = MockEvents.button(BUYER.value(), BotFixture.NO_ROLES,
                ComponentId.of(ComponentAction.LICENSE_RENEW, "weekly").encode(), "dm-2000", "reminder-1");
        // Reminders arrive by direct message: no server, no member.
        when(click.getGuild()).thenReturn(null);
        when(click.getMember()).thenReturn(null);

        bot.router.onButtonInteraction(click);

        String ticketChannel = bot.stores.tickets.findOpenOf(BUYER).orElseThrow().channelId();
        assertThat(bot.stores.tickets.findOpenOf(BUYER).orElseThrow().guildId()).isEqualTo(MockEvents.GUILD);
        assertThat(MockEvents.lastEdit(click.getHook()).getContent()).contains("<#" + ticketChannel + ">");
    }
}
