package org.awpt.application.port;

import org.awpt.domain.DiscordUserId;

/** The private channels purchase tickets live in (a Discord channel each, seen by the buyer and staff). */
public interface TicketChannels {

    /**
     * Opens a private channel for a buyer's ticket in a server.
     *
     * @return the channel id, which becomes the ticket's id
     * @throws TicketChannelUnavailableException when this process cannot open channels at all (a
     *         command-line run): nothing was opened, and no ticket is kept or counted
     */
    String open(String guildId, DiscordUserId buyer);

    /**
     * Whether the channel still exists. Answers true when it cannot tell, so a live ticket is never
     * taken for gone.
     */
    boolean exists(String channelId);

    /** Deletes the channel; one already gone is fine. */
    void delete(String channelId);
}
