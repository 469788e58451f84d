package org.awpt.adapters.discord.lifecycle;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.runtime.OffEventThread;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.domain.DiscordUserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands members who join one of the shop's servers to the lifecycle, which gives a returning buyer
 * the licensed role back. Runs the use case on {@code executor}, never on JDA's event thread (it
 * reads the database and calls Discord). Needs the GUILD_MEMBERS intent.
 */
public final class MemberJoinListener extends ListenerAdapter implements BotListener {
    private static final Logger LOG = LoggerFactory.getLogger(MemberJoinListener.class);

    private final LicenseLifecycleUseCase lifecycle;
    private final Set<String> guildIds;
    private final Executor executor;

    /** A listener for joins to the servers {@code guildIds}. */
    public MemberJoinListener(LicenseLifecycleUseCase lifecycle, Set<String> guildIds, Executor executor) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.guildIds = Set.copyOf(guildIds);
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        if (!guildIds.contains(event.getGuild().getId()) || event.getUser().isBot()) {
            return;
        }
        DiscordUserId user = new DiscordUserId(event.getUser().getIdLong());
        OffEventThread.run(executor, LOG, "give the licensed role back to " + user + " on joining",
                "the licensed role is not given back now", () -> lifecycle.memberJoined(user));
    }
}
