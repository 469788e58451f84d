package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;

class JdaDiscordOpsTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private final JDA jda = mock(JDA.class, RETURNS_DEEP_STUBS);
    private final DiscordSettings settings = new DiscordSettings("token", List.of(1L), false, Optional.empty(), Optional.of(33L),
            Set.of(44L, 45L), Set.of(55L, 56L), Optional.empty(), Optional.empty(), Optional.empty(), 1, 1, Locale.ROOT);
    private final JdaDiscordOps ops = new JdaDiscordOps(jda, settings);

    private static ErrorResponseException error(ErrorResponse response) {
        ErrorResponseException error = mock(ErrorResponseException.class);
        when(error.getErrorResponse()).thenReturn(response);
        return error;
    }

    @SuppressWarnings("unchecked")
    private MessageCreateAction directMessageThat(ErrorResponseException failure) {
        PrivateChannel channel = mock(PrivateChannel.class);
        when(channel.getId()).thenReturn("77");
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(open.complete()).thenReturn(channel);
        when(jda.openPrivateChannelById(anyLong())).thenReturn(open);
        MessageCreateAction send = mock(MessageCreateAction.class);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        if (failure != null) {
            when(send.complete()).thenThrow(failure);
        } else {
            Message sent = mock(Message.class);
            when(sent.getId()).thenReturn("88");
            when(send.complete()).thenReturn(sent);
        }
        return send;
    }

    @Test
    void aDirectMessageSaysWhereItWent() {
        directMessageThat(null);
        assertThat(ops.sendDirect(BUYER, Reply.privateText("hi"))).isEqualTo("77/88");
    }

    @Test
    void closedDirectMessagesAreReportedOnceAndNotRetried() {
        MessageCreateAction send = directMessageThat(error(ErrorResponse.CANNOT_SEND_TO_USER));

        assertThatThrownBy(() -> ops.sendDirect(BUYER, Reply.privateText("hi")))
                .isInstanceOf(DirectMessagesClosedException.class);
        verify(send, times(1)).complete();
    }

    @Test
    void otherFailuresAreNotMistakenForClosedDirectMessages() {
        directMessageThat(error(ErrorResponse.MISSING_ACCESS));
        assertThatThrownBy(() -> ops.sendDirect(BUYER, Reply.privateText("hi")))
                .isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void aChannelExistsWhileJdaCachesItOrCannotTell() {
        when(jda.getGuildChannelById("5")).thenReturn(mock(TextChannel.class));
        when(jda.getGuildChannelById("6")).thenReturn(null);
        when(jda.getUnavailableGuilds()).thenReturn(Set.of());

        assertThat(ops.channelExists("5")).isTrue();
        assertThat(ops.channelExists("6")).as("deleted").isFalse();

        when(jda.getUnavailableGuilds()).thenReturn(Set.of("9"));
        assertThat(ops.channelExists("6")).as("maybe in the unavailable server").isTrue();
    }

    @Test
    void editingAMessageThatIsGoneIsFine() {
        MessageChannel channel = mock(MessageChannel.class);
        org.mockito.Mockito.doReturn(channel).when(jda).getChannelById(MessageChannel.class, "5");
        MessageEditAction edit = mock(MessageEditAction.class);
        when(channel.editMessageById(eq("6"), any(MessageEditData.class))).thenReturn(edit);
        ErrorResponseException gone = error(ErrorResponse.UNKNOWN_MESSAGE);
        when(edit.complete()).thenThrow(gone);

        assertThatCode(() -> ops.edit("5", "6", Reply.privateText("x"))).doesNotThrowAnyException();
    }

    @Test
    void ticketsAreVisibleToTheBuyerTheBotEveryStaffRoleAndEveryStaffMemberById() {
        Guild guild = mock(Guild.class, RETURNS_DEEP_STUBS);
        when(jda.getGuildById("9")).thenReturn(guild);
        when(jda.getSelfUser().getIdLong()).thenReturn(11L);
        ChannelAction<TextChannel> create = creating("123");
        when(guild.createTextChannel(eq("ticket-2000"), any())).thenReturn(create);

        assertThat(ops.createTicketChannel("9", BUYER, "ticket-2000")).isEqualTo("123");

        verify(create).addPermissionOverride(eq(guild.getPublicRole()), anyCollection(), anyCollection());
        verify(create).addMemberPermissionOverride(eq(2_000L), anyCollection(), anyCollection());
        verify(create).addMemberPermissionOverride(eq(11L), anyCollection(), anyCollection());
        for (long role : List.of(44L, 45L)) {
            verify(create).addRolePermissionOverride(eq(role), anyCollection(), anyCollection());
        }
        for (long member : List.of(55L, 56L)) {
            verify(create).addMemberPermissionOverride(eq(member), anyCollection(), anyCollection());
        }
    }

    @Test
    void ticketsOpenUnderTheConfiguredCategory() {
        Guild guild = mock(Guild.class, RETURNS_DEEP_STUBS);
        when(jda.getGuildById("9")).thenReturn(guild);
        Category category = mock(Category.class);
        when(guild.getCategoryById(33L)).thenReturn(category);
        ChannelAction<TextChannel> create = creating("123");
        when(guild.createTextChannel("ticket-2000", category)).thenReturn(create);

        assertThat(ops.createTicketChannel("9", BUYER, "ticket-2000")).isEqualTo("123");
    }

    @Test
    void withoutACategoryTicketsArePrivateTopLevelChannels() {
        DiscordSettings noCategory = new DiscordSettings("token", List.of(), true, Optional.empty(), Optional.empty(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 1,
                Locale.ROOT);
        Guild guild = mock(Guild.class, RETURNS_DEEP_STUBS);
        when(jda.getGuildById("9")).thenReturn(guild);
        when(jda.getSelfUser().getIdLong()).thenReturn(11L);
        ChannelAction<TextChannel> create = creating("124");
        when(guild.createTextChannel(eq("ticket-2000"), isNull())).thenReturn(create);

        assertThat(new JdaDiscordOps(jda, noCategory).createTicketChannel("9", BUYER, "ticket-2000")).isEqualTo("124");

        verify(guild, never()).getCategoryById(anyLong());
        verify(create).addPermissionOverride(eq(guild.getPublicRole()), anyCollection(), anyCollection());
        verify(create).addMemberPermissionOverride(eq(2_000L), anyCollection(), anyCollection());
        verify(create).addMemberPermissionOverride(eq(11L), anyCollection(), anyCollection());
        verify(create, never()).addRolePermissionOverride(anyLong(), anyCollection(), anyCollection());
    }

    @SuppressWarnings("unchecked")
    private static ChannelAction<TextChannel> creating(String channelId) {
        ChannelAction<TextChannel> create = mock(ChannelAction.class, RETURNS_SELF);
        TextChannel channel = mock(TextChannel.class);
        when(channel.getId()).thenReturn(channelId);
        when(create.complete()).thenReturn(channel);
        return create;
    }
}
