package org.awpt.adapters.discord.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;

class MemberJoinListenerTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);

    private final LicenseLifecycleUseCase lifecycle = mock(LicenseLifecycleUseCase.class);
    private final List<Runnable> queued = new ArrayList<>();
    private final MemberJoinListener listener = new MemberJoinListener(lifecycle, Set.of("900"), queued::add);

    private static GuildMemberJoinEvent joined(String guildId, long userId, boolean bot) {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(guildId);
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(userId);
        when(user.isBot()).thenReturn(bot);
        GuildMemberJoinEvent event = mock(GuildMemberJoinEvent.class);
        when(event.getGuild()).thenReturn(guild);
        when(event.getUser()).thenReturn(user);
        return event;
    }

    @Test
    void aJoinIsHandedToTheLifecycleOffTheEventThread() {
        listener.onGuildMemberJoin(joined("900", BUYER.value(), false));

        verifyNoInteractions(lifecycle);
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        verify(lifecycle).memberJoined(BUYER);
    }

    @Test
    void joinsToOtherServersAndBotsAreIgnored() {
        listener.onGuildMemberJoin(joined("901", BUYER.value(), false));
        listener.onGuildMemberJoin(joined("900", 3_000, true));

        assertThat(queued).isEmpty();
    }

    @Test
    void aFailingUseCaseIsLoggedNotThrownIntoThePool() {
        doThrow(new IllegalStateException("database down")).when(lifecycle).memberJoined(BUYER);
        listener.onGuildMemberJoin(joined("900", BUYER.value(), false));

        queued.get(0).run();

        verify(lifecycle).memberJoined(BUYER);
    }

    @Test
    void aFullPoolDropsTheJoinWithoutFailingTheEventThread() {
        Executor full = task -> {
            throw new RejectedExecutionException("queue full");
        };
        MemberJoinListener busy = new MemberJoinListener(lifecycle, Set.of("900"), full);

        busy.onGuildMemberJoin(joined("900", BUYER.value(), false));

        verifyNoInteractions(lifecycle);
    }
}
