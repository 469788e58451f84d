package org.awpt.application.ticket;

import java.util.Objects;
import org.awpt.domain.access.Requester;

/**
 * The buyer or support staff close a ticket.
 *
 * @param requester who closes it
 * @param channelId the ticket's channel
 * @param reason    why, as they typed it; {@code null} or blank when they gave none
 */
public record CloseTicket(Requester requester, String channelId, String reason) {
    /** Checks the requester and channel are present. */
    public CloseTicket {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(channelId, "channelId");
    }

    /** A close with no reason given. */
    public CloseTicket(Requester requester, String channelId) {
        this(requester, channelId, null);
    }
}
