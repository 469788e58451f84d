package org.awpt.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord and where the shop lives there.
 *
 * @param token                    the bot token; empty when not configured (the key commands need none)
 * @param clientId                 the application id, used for the invite link
 * @param guildIds                 servers to register the slash commands in (instant); may be empty
 * @param registerCommandsGlobally register commands globally instead (takes up to an hour to show)
 * @param ticketCategoryId         the category purchase tickets are opened under
 * @param adminChannelId           the channel admins are notified in
 * @param salesChannelId           the channel every completed sale is posted in; the admin channel when absent
 * @param ticketLogChannelId       the channel closed tickets' transcripts are posted in; the admin channel when absent
 * @param licensedRoleId           the role buyers hold while licensed, if any
 * @param expiryReminder           how long before a license ends its holder is reminded
 * @param apiBaseUrl               Discord's REST API (a local stand-in in tests)
 * @param errorNotices             where the staff are told of failures the bot did not expect, if anywhere
 * @param messageContentIntent     request the privileged Message Content intent (for ticket transcripts)
 * @param locale                   the shop's language ({@code shop.locale}): admin and staff texts, and buyers'
 *                                 when their own language has no bundle; always a shipped language
 */
public record DiscordConfig(Optional<Secret> token, Optional<String> clientId, List<String> guildIds,
        boolean registerCommandsGlobally, Optional<String> ticketCategoryId, Optional<String> adminChannelId,
        Optional<String> salesChannelId, Optional<String> ticketLogChannelId, Optional<String> licensedRoleId,
        Duration expiryReminder, URI apiBaseUrl, ErrorNoticesConfig errorNotices, boolean messageContentIntent,
        Locale locale) {
    /** Discord's REST API, version 10. */
    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");

    /** Copies the lists and checks every part is present. */
    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clientId, "clientId");
        guildIds = List.copyOf(guildIds);
        Objects.requireNonNull(ticketCategoryId, "ticketCategoryId");
        Objects.requireNonNull(adminChannelId, "adminChannelId");
        Objects.requireNonNull(salesChannelId, "salesChannelId");
        Objects.requireNonNull(ticketLogChannelId, "ticketLogChannelId");
        Objects.requireNonNull(licensedRoleId, "licensedRoleId");
        Objects.requireNonNull(expiryReminder, "expiryReminder");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(errorNotices, "errorNotices");
        Objects.requireNonNull(locale, "locale");
    }

    /** Where closed tickets' transcripts are posted: the ticket log channel, else the admin channel, else nowhere. */
    public Optional<String> ticketLogChannel() {
        return ticketLogChannelId.or(() -> adminChannelId);
    }

    /** Where sales are posted: the sales channel, else the admin channel, else nowhere. */
    public Optional<String> salesFeedChannel() {
        return salesChannelId.or(() -> adminChannelId);
    }
}
