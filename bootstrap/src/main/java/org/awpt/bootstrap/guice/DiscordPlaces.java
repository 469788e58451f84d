package org.awpt.bootstrap.guice;

import java.util.List;
import java.util.Optional;

/**
 * Where the bot posts, as the notifiers take it.
 *
 * @param adminChannelId the admin channel, if configured
 * @param guildIds       the shop's servers
 * @param licensedRoleId the licensed role, if configured
 */
public record DiscordPlaces(Optional<String> adminChannelId, List<String> guildIds, Optional<String> licensedRoleId) {
    /** Copies the list. */
    public DiscordPlaces {
        guildIds = List.copyOf(guildIds);
    }
}
