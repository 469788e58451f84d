package org.awpt.application.ticket;

import java.util.Objects;
import org.awpt.domain.access.Requester;

/**
 * The buyer or support staff close a ticket.
 *
 * @param requester who closes it
 * @param channelId the ticket's channel
 */
public record CloseTicket(Requester requester, String channelId) {
    /** Checks every part is present. */
    public CloseTicket {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(channelId, "channelId");
    }
}
