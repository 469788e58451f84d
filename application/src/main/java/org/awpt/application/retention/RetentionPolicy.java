package org.awpt.application.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long records are kept. Keys are never purged.
 *
 * @param proofs           proof images, counted from the decision on their payment (a payment still open
 *                         keeps its proof)
 * @param sessions         settled payment sessions, counted from their decision; at least {@code proofs}, so
 *                         a proof never outlives the session it proves
 * @param storefrontVisits visits to an external storefront, counted from when the buyer was sent there
 * @param audit            audit events, counted from when they happened
 */
public record RetentionPolicy(Duration proofs, Duration sessions, Duration storefrontVisits, Duration audit) {
    /** The shortest time anything is kept. */
    public static final Duration MINIMUM = Duration.ofDays(1);

    /** Checks every age is at least a day and sessions outlive their proofs. */
    public RetentionPolicy {
        requireAtLeastADay(proofs, "proofs");
        requireAtLeastADay(sessions, "sessions");
        requireAtLeastADay(storefrontVisits, "storefrontVisits");
        requireAtLeastADay(audit, "audit");
        if (sessions.compareTo(proofs) < 0) {
            throw new IllegalArgumentException("sessions are kept at least as long as their proofs");
        }
    }

    /** Proofs 90 days after the decision, sessions and storefront visits 180 days, audit events 2 years. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(180), Duration.ofDays(180),
                Duration.ofDays(730));
    }

    private static void requireAtLeastADay(Duration age, String what) {
        Objects.requireNonNull(age, what);
        if (age.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException(what + " are kept at least a day: " + age);
        }
    }
}
