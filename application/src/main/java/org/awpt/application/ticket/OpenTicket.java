package org.awpt.application.ticket;

import java.util.Objects;
import org.awpt.domain.access.Requester;

/**
 * A buyer asks for a purchase ticket.
 *
 * @param requester the buyer
 * @param guildId   the server the ticket opens in
 */
public record OpenTicket(Requester requester, String guildId) {
    /** Checks every part is present. */
    public OpenTicket {
        Objects.requireNonNull(requester, "requester");
        if (guildId == null || guildId.isBlank()) {
            throw new IllegalArgumentException("a ticket opens in a server");
        }
    }
}
