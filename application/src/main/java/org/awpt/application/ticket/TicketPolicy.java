package org.awpt.application.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * When the shop closes purchase tickets by itself, and how soon a closed ticket's channel goes.
 *
 * @param afterDelivery      a ticket whose purchase was delivered closes this long after the delivery (or
 *                           after the last message written in it, if later)
 * @param whenIdle           a ticket nobody wrote in for this long closes
 * @param idleWarning        how long before an idle ticket closes its buyer is warned; the ticket never
 *                           closes sooner than this after the warning
 * @param channelDeleteDelay how long a closed ticket's channel stays (locked, with the closing notice)
 *                           before it is deleted
 */
public record TicketPolicy(Duration afterDelivery, Duration whenIdle, Duration idleWarning,
        Duration channelDeleteDelay) {
    /** The shortest time before a ticket closes by itself. */
    public static final Duration SHORTEST_CLOSE = Duration.ofMinutes(1);
    /** The longest a closed ticket's channel stays. */
    public static final Duration LONGEST_DELETE_DELAY = Duration.ofHours(1);

    /** Checks the times: closes after at least a minute, a warning shorter than the idle time, a delay of at most an hour. */
    public TicketPolicy {
        requireAtLeast(afterDelivery, SHORTEST_CLOSE, "afterDelivery");
        requireAtLeast(whenIdle, SHORTEST_CLOSE, "whenIdle");
        requireAtLeast(idleWarning, Duration.ofSeconds(1), "idleWarning");
        if (idleWarning.compareTo(whenIdle) >= 0) {
            throw new IllegalArgumentException("the idle warning comes before the ticket closes: " + idleWarning
                    + " is not shorter than " + whenIdle);
        }
        Objects.requireNonNull(channelDeleteDelay, "channelDeleteDelay");
        if (channelDeleteDelay.isNegative() || channelDeleteDelay.compareTo(LONGEST_DELETE_DELAY) > 0) {
            throw new IllegalArgumentException("a closed ticket's channel goes within an hour: " + channelDeleteDelay);
        }
    }

    /** Delivered tickets close after 24 hours, idle ones after 48 hours with a warning 6 hours before; channels go 10 seconds after the close. */
    public static TicketPolicy defaults() {
        return new TicketPolicy(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(6),
                Duration.ofSeconds(10));
    }

    /**
     * What is due for an open ticket at {@code now}, by time alone (a payment in progress is the service's
     * to weigh): a delivered ticket closes {@link #afterDelivery} after its delivery or its last activity,
     * whichever is later; an idle one is warned {@link #idleWarning} before {@link #whenIdle} is up, and
     * closes when it is up, but never sooner than {@link #idleWarning} after the warning.
     */
    public Due due(PurchaseTicket ticket, Instant now) {
        if (!ticket.isOpen()) {
            return Due.NOTHING;
        }
        if (ticket.deliveredAt() != null) {
            Instant since = later(ticket.deliveredAt(), ticket.lastActivityAt());
            if (!now.isBefore(since.plus(afterDelivery))) {
                return Due.CLOSE_DELIVERED;
            }
        }
        if (ticket.warnedAt() == null) {
            return now.isBefore(warningAt(ticket)) ? Due.NOTHING : Due.WARN_IDLE;
        }
        return now.isBefore(idleCloseAt(ticket)) ? Due.NOTHING : Due.CLOSE_IDLE;
    }

    /** When an idle ticket closes: {@link #whenIdle} after its last activity, at least {@link #idleWarning} after a warning. */
    public Instant idleCloseAt(PurchaseTicket ticket) {
        Instant idle = ticket.lastActivityAt().plus(whenIdle);
        return ticket.warnedAt() == null ? idle : later(idle, ticket.warnedAt().plus(idleWarning));
    }

    private Instant warningAt(PurchaseTicket ticket) {
        return ticket.lastActivityAt().plus(whenIdle).minus(idleWarning);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireAtLeast(Duration value, Duration least, String what) {
        Objects.requireNonNull(value, what);
        if (value.compareTo(least) < 0) {
            throw new IllegalArgumentException(what + " is at least " + least + ": " + value);
        }
    }

    /** What is due for a ticket. */
    public enum Due {
        /** Nothing yet. */
        NOTHING,
        /** Warn the buyer that the idle ticket closes soon. */
        WARN_IDLE,
        /** Close it: idle, and warned long enough ago. */
        CLOSE_IDLE,
        /** Close it: delivered long enough ago. */
        CLOSE_DELIVERED
    }
}
