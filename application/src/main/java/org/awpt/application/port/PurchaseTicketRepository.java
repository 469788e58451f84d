package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * Purchase tickets, kept across restarts so open ones are found (and their embeds refreshed, their
 * deadlines kept) without scanning channels.
 */
public interface PurchaseTicketRepository {

    /** Stores a ticket, replacing any stored one with the same channel id. */
    void save(PurchaseTicket ticket);

    /**
     * Replaces a stored ticket that is still open by {@code next} (its embed, activity, delivery or warning
     * changed), in one step, so a ticket closed meanwhile stays closed.
     *
     * @return whether it was replaced; false when the ticket is closed or unknown
     */
    boolean updateOpen(PurchaseTicket next);

    /** The ticket of a channel, open or closed. */
    Optional<PurchaseTicket> find(String channelId);

    /** A buyer's open ticket, the newest if several. */
    Optional<PurchaseTicket> findOpenOf(DiscordUserId buyer);

    /** Every open ticket, oldest first. */
    List<PurchaseTicket> allOpen();

    /**
     * Closes an open ticket, in one step, so of two closes at once exactly one closes it.
     *
     * @param at              when it closes
     * @param channelDeleteAt when its channel is to be deleted; {@code null} when the shop deletes nothing
     *                        (the channel is gone)
     * @return the ticket as closed by this call; empty when there is no open ticket with this channel id
     *         (a closed ticket stays as it was)
     */
    Optional<PurchaseTicket> close(String channelId, Instant at, Instant channelDeleteAt);

    /** Closed tickets whose channel is to be deleted at or before {@code now}, soonest first. */
    List<PurchaseTicket> channelsToDelete(Instant now);
}
