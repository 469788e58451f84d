package org.awpt.adapters.discord.runtime;

import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;

/**
 * Which servers are the shop's, so that Administrator in another server (anyone may invite a
 * public bot) grants nothing: the configured servers, or, when none is configured, the bot's only
 * server (in two or more, none, until servers are configured).
 *
 * @param guildIds the configured servers; empty when none is configured
 */
public record ShopServers(Set<String> guildIds) {
    /** Copies the ids. */
    public ShopServers {
        guildIds = Set.copyOf(guildIds);
    }

    /** The shop's servers for these configured ids (empty: the bot's only server). */
    public static ShopServers of(List<String> guildIds) {
        return new ShopServers(Set.copyOf(guildIds));
    }

    /** Whether this server is the shop's. */
    public boolean includes(Guild guild) {
        if (!guildIds.isEmpty()) {
            return guildIds.contains(guild.getId());
        }
        return guild.getJDA().getGuildCache().size() == 1;
    }
}
