package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/** Manual payment sessions, kept across restarts. Changes are compare-and-set on the version. */
public interface PaymentSessionRepository {

    /** Stores a new session; refuses with {@link IllegalStateException} if its id is taken. */
    void insert(PaymentSession session);

    /**
     * Replaces the stored session by {@code next} if the stored one is still at
     * {@code next.version() - 1}.
     *
     * @return whether it was replaced; {@code false} when someone else changed it first (or it is gone)
     */
    boolean replace(PaymentSession next);

    /** The session with this id. */
    Optional<PaymentSession> find(SessionId id);

    /** A buyer's sessions that are still open, newest first. */
    List<PaymentSession> openSessionsOf(DiscordUserId buyer);

    /** Sessions in a status, oldest first. */
    List<PaymentSession> withStatus(SessionStatus status, int limit);

    /** Sessions awaiting proof whose last change is at or before {@code updatedBefore}, oldest first. */
    List<PaymentSession> awaitingProofSince(Instant updatedBefore, int limit);

    /**
     * Deletes the settled sessions (approved, rejected, cancelled, expired) decided before {@code cutoff},
     * with where their notices were posted; open sessions are never deleted. Each session is deleted by
     * itself, so a purge cut short leaves only whole sessions.
     *
     * @return how many were deleted
     */
    int deleteSettledBefore(Instant cutoff);
}
