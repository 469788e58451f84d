package org.awpt.domain.license;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery outbox of a claimed key, kept in the same record as the claim: whether the holder
 * has been told, how, and how often it was tried. A crash between the claim and the message loses
 * nothing: a pending delivery is retried until the holder was told.
 *
 * @param toldAt        when the holder was told; {@code null} while pending
 * @param channel       how the holder was told; {@code null} while pending
 * @param attempts      failed or successful tries so far
 * @param lastAttemptAt the last try, or {@code null}
 * @param ticketChannel the Discord channel of the purchase ticket, for the fallback; may be {@code null}
 */
public record Delivery(Instant toldAt, DeliveryChannel channel, int attempts, Instant lastAttemptAt,
        String ticketChannel) {

    /** Checks that told deliveries name their channel and counts are not negative. */
    public Delivery {
        if ((toldAt == null) != (channel == null)) {
            throw new IllegalArgumentException("a told delivery has both a time and a channel");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are 0 or more");
        }
    }

    /** A delivery nobody has tried yet. */
    public static Delivery pending(String ticketChannel) {
        return new Delivery(null, null, 0, null, ticketChannel);
    }

    /** Whether the holder still has to be told. */
    public boolean isPending() {
        return toldAt == null;
    }

    /** This delivery after a failed try at {@code at}. */
    public Delivery failedAttempt(Instant at) {
        return new Delivery(toldAt, channel, attempts + 1, Objects.requireNonNull(at), ticketChannel);
    }

    /** This delivery once the holder was told through {@code via} at {@code at}; idempotent. */
    public Delivery told(DeliveryChannel via, Instant at) {
        if (!isPending()) {
            return this;
        }
        return new Delivery(at, Objects.requireNonNull(via), attempts + 1, at, ticketChannel);
    }
}
