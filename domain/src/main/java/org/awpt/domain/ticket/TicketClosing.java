package org.awpt.domain.ticket;

import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;

/**
 * A ticket just closed, as the closing notice, the transcript's log entry and the buyer's copy tell it.
 *
 * @param ticket   the ticket as closed (its close time and when its channel is deleted)
 * @param closedBy who pressed Close; {@code null} when the shop closed it
 * @param cause    why it closed
 * @param reason   the reason given with Close, stripped; {@code null} when none
 */
public record TicketClosing(PurchaseTicket ticket, DiscordUserId closedBy, CloseCause cause, String reason) {
    /** The longest reason taken. */
    public static final int REASON_MAX = 500;

    /** Checks the parts: a closed ticket, a person for a close by hand, a reason of at most {@value #REASON_MAX} characters. */
    public TicketClosing {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(cause, "cause");
        if (ticket.isOpen()) {
            throw new IllegalArgumentException("a closing tells of a closed ticket");
        }
        if ((cause == CloseCause.BY_HAND) != (closedBy != null)) {
            throw new IllegalArgumentException("a ticket is closed by hand by someone, otherwise by the shop");
        }
        reason = checkedReason(reason);
    }

    /**
     * A reason as kept: stripped, {@code null} when blank.
     *
     * @throws InvalidInputException when longer than {@value #REASON_MAX} characters
     */
    public static String checkedReason(String reason) {
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (kept != null && kept.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "at most " + REASON_MAX + " characters");
        }
        return kept;
    }

    /** The reason given, if any. */
    public Optional<String> givenReason() {
        return Optional.ofNullable(reason);
    }

    /** The shop closed it (delivered or idle), not a person. */
    public boolean byTheShop() {
        return closedBy == null;
    }
}
