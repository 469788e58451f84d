package org.awpt.adapters.discord.runtime;

import java.util.List;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.Transcript;

/**
 * The Discord side effects handlers and notifiers need beyond answering an interaction: channels,
 * messages, direct messages, roles, downloads. Blocking; never called on JDA's event threads.
 */
public interface DiscordOps {

    /**
     * Creates a private purchase ticket channel in a server, under the ticket category: only the
     * buyer, the bot, and the admin and support roles can see it.
     *
     * @return the channel id
     */
    String createTicketChannel(String guildId, DiscordUserId buyer, String name);

    /**
     * Whether a channel still exists, as the bot sees it now (no request to Discord). Answers true when
     * it cannot tell (a server of the bot is unavailable), so a live channel is never taken for gone.
     */
    boolean channelExists(String channelId);

    /** Deletes a channel; a channel already gone is fine. */
    void deleteChannel(String channelId);

    /**
     * Takes from a member the right to write, attach files and react in a server channel; they still see it
     * and read its history. A channel or member gone is fine.
     */
    void denyWriting(String channelId, DiscordUserId member);

    /**
     * A channel's messages, oldest first: all of them, or the newest {@code max} (the transcript then says
     * it is incomplete). Authors by name and id, text and embed text, attachment links.
     */
    Transcript transcript(String channelId, int max);

    /**
     * Posts a message in a channel.
     *
     * @return the message id
     */
    String post(String channelId, Reply message);

    /** Replaces a message's text, embeds and components; a message already gone is fine. */
    void edit(String channelId, String messageId, Reply message);

    /**
     * Posts a message through a Discord webhook (its address holds the webhook's token: never log it).
     */
    void postToWebhook(String webhookUrl, Reply message);

    /**
     * Sends a direct message.
     *
     * @return the channel id and message id, as {@code channel/message}
     * @throws DirectMessagesClosedException when the user does not accept direct messages (50007); never retried
     */
    String sendDirect(DiscordUserId user, Reply message);

    /** Downloads an attachment at once (its link expires), refusing more than {@code maxBytes}. */
    byte[] download(String url, long maxBytes);

    /** Gives a member a role; a member who left is fine. */
    void addRole(String guildId, DiscordUserId user, String roleId);

    /** Takes a role from a member; a member who left is fine. */
    void removeRole(String guildId, DiscordUserId user, String roleId);

    /** The servers the bot is in now (ids), in no particular order. */
    List<String> guildIds();
}
