package org.awpt.application.port;

import java.time.Instant;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

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

    /** Takes from the buyer the right to write in the channel (they still read it); staff keep theirs. */
    void lock(String channelId, DiscordUserId buyer);

    /** Tells the channel that its ticket closed, why, and when the channel goes. */
    void announceClose(TicketClosing closing);

    /** Warns the buyer in the channel that the idle ticket closes at {@code closesAt} unless someone writes. */
    void warnIdle(PurchaseTicket ticket, Instant closesAt);

    /**
     * The channel's messages, oldest first: all of them, or the newest ones up to a limit of the adapter's
     * (the transcript then says it is incomplete).
     */
    Transcript transcript(String channelId);
}
