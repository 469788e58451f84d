package org.awpt.adapters.discord.archfixture;

import org.awpt.application.port.PurchaseTicketRepository;

/** A test fixture breaking the rules on purpose: the Discord adapter reading a repository itself. */
public final class DiscordReadingARepository {
    /** Depends on a repository port. */
    public boolean hasTickets(PurchaseTicketRepository tickets) {
        return !tickets.allOpen().isEmpty();
    }
}
