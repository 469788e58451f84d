package org.awpt.adapters.discord.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the bot connects and where it posts. Who is admin or support is decided by the application
 * (its access policy), not here: the role ids below only shape channel permissions.
 *
 * @param token              the bot token (never logged; {@link #toString()} hides it)
 * @param guildIds           the shop's servers; commands are registered there when {@code globalCommands} is false
 * @param globalCommands     register commands globally (up to an hour to appear) instead of per server (instant)
 * @param adminChannelId     where admin notices go; empty to send them to no channel
 * @param ticketCategoryId   the category purchase tickets are created under; empty to create them as private
 *                           channels at the top of the server
 * @param ticketRoleIds      the roles that see every ticket channel: each admin and support role
 * @param ticketUserIds      the users who see every ticket channel: each admin (and support member) named by id
 * @param licensedRoleId     a role given to buyers holding a license; empty if none
 * @param restBaseUrl        a REST base URL instead of Discord's (tests), ending in {@code /api/v10/}
 * @param gatewayUrl         a gateway URL instead of Discord's (tests), such as {@code ws://127.0.0.1:PORT}
 * @param handlerThreads     threads running handlers, 1 or more
 * @param handlerQueue       handlers waiting for a thread before new ones are refused, 1 or more
 * @param locale             the language of the message bundle
 * @param messageContent     request Discord's privileged Message Content intent (enabled in the Developer Portal
 *                           too), so ticket transcripts hold what people wrote
 */
public record DiscordSettings(String token, List<Long> guildIds, boolean globalCommands, Optional<Long> adminChannelId,
        Optional<Long> ticketCategoryId, Set<Long> ticketRoleIds, Set<Long> ticketUserIds, Optional<Long> licensedRoleId,
        Optional<String> restBaseUrl, Optional<String> gatewayUrl, int handlerThreads, int handlerQueue, Locale locale,
        boolean messageContent) {

    /** Settings without the Message Content intent. */
    public DiscordSettings(String token, List<Long> guildIds, boolean globalCommands, Optional<Long> adminChannelId,
            Optional<Long> ticketCategoryId, Set<Long> ticketRoleIds, Set<Long> ticketUserIds,
            Optional<Long> licensedRoleId, Optional<String> restBaseUrl, Optional<String> gatewayUrl, int handlerThreads,
            int handlerQueue, Locale locale) {
        this(token, guildIds, globalCommands, adminChannelId, ticketCategoryId, ticketRoleIds, ticketUserIds,
                licensedRoleId, restBaseUrl, gatewayUrl, handlerThreads, handlerQueue, locale, false);
    }

    /** Checks the parts. */
    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a bot token is required");
        }
        guildIds = List.copyOf(guildIds);
        adminChannelId = adminChannelId == null ? Optional.empty() : adminChannelId;
        ticketCategoryId = ticketCategoryId == null ? Optional.empty() : ticketCategoryId;
        ticketRoleIds = ticketRoleIds == null ? Set.of() : Set.copyOf(ticketRoleIds);
        ticketUserIds = ticketUserIds == null ? Set.of() : Set.copyOf(ticketUserIds);
        licensedRoleId = licensedRoleId == null ? Optional.empty() : licensedRoleId;
        restBaseUrl = restBaseUrl == null ? Optional.empty() : restBaseUrl;
        gatewayUrl = gatewayUrl == null ? Optional.empty() : gatewayUrl;
        Objects.requireNonNull(locale, "locale");
        if (!globalCommands && guildIds.isEmpty()) {
            throw new IllegalArgumentException("per-server commands need at least one server id");
        }
        if (handlerThreads < 1 || handlerQueue < 1) {
            throw new IllegalArgumentException("handler threads and queue are 1 or more");
        }
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, guildIds=" + guildIds + ", globalCommands=" + globalCommands
                + ", adminChannelId=" + adminChannelId + ", ticketCategoryId=" + ticketCategoryId + "]";
    }
}
