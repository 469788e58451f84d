package org.awpt.bootstrap.guice;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.adapters.discord.runtime.ErrorNoticeTarget;

/**
 * Where the bot posts, and when it reminds holders.
 *
 * @param adminChannelId the admin channel, if configured
 * @param salesChannelId where completed sales are posted (the sales channel, else the admin channel), if anywhere
 * @param ticketLogChannelId where closed tickets' transcripts are posted (the ticket log channel, else the admin
 *                       channel), if anywhere
 * @param guildIds       the shop's servers
 * @param licensedRoleId the licensed role, if configured
 * @param expiryReminder how long before a license ends its holder is reminded
 * @param errorNotices   where the staff are told of failures the bot did not expect, if anywhere
 * @param errorInterval  at most one such notice per error class in this time
 */
public record DiscordPlaces(Optional<String> adminChannelId, Optional<String> salesChannelId,
        Optional<String> ticketLogChannelId, List<String> guildIds, Optional<String> licensedRoleId,
        Duration expiryReminder, Optional<ErrorNoticeTarget> errorNotices, Duration errorInterval) {
    /** Copies the list. */
    public DiscordPlaces {
        Objects.requireNonNull(adminChannelId, "adminChannelId");
        Objects.requireNonNull(salesChannelId, "salesChannelId");
        Objects.requireNonNull(ticketLogChannelId, "ticketLogChannelId");
        guildIds = List.copyOf(guildIds);
        Objects.requireNonNull(expiryReminder, "expiryReminder");
        Objects.requireNonNull(errorNotices, "errorNotices");
        Objects.requireNonNull(errorInterval, "errorInterval");
    }
}
