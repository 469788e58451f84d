package org.awpt.adapters.discord.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;

/**
 * Which servers are the shop's, so that Administrator in another server (anyone may invite a
 * public bot) grants nothing: the configured servers, or, when none is configured, the bot's only
 * server (in two or more, none, until servers are configured).
 *
 * @param guildIds the configured servers, in configured order; empty when none is configured
 */
public record ShopServers(Set<String> guildIds) {
    /** Copies the ids, keeping their order. */
    public ShopServers {
        guildIds = Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(guildIds)));
    }

    /** The shop's servers for these configured ids (empty: the bot's only server). */
    public static ShopServers of(List<String> guildIds) {
        return new ShopServers(new LinkedHashSet<>(guildIds));
    }

    /** Whether this server is the shop's. */
    public boolean includes(Guild guild) {
        if (!guildIds.isEmpty()) {
            return guildIds.contains(guild.getId());
        }
        return guild.getJDA().getGuildCache().size() == 1;
    }

    /**
     * The server where a ticket asked for outside any server (a button in a direct message) is opened: the
     * first configured server, else the bot's only server; none when nothing is configured and the bot is
     * in no server or in several.
     *
     * @param botGuildIds the servers the bot is in, asked only when none is configured
     */
    public Optional<String> ticketServer(Supplier<List<String>> botGuildIds) {
        if (!guildIds.isEmpty()) {
            return Optional.of(guildIds.iterator().next());
        }
        List<String> bots = botGuildIds.get();
        return bots.size() == 1 ? Optional.of(bots.get(0)) : Optional.empty();
    }
}
