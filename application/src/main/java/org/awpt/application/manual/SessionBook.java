package org.awpt.application.manual;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.payment.AlreadyDecidedException;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * How every manual-payment operation reads and changes a session: by compare-and-set only, re-reading
 * and re-applying a move whenever someone else changed the session first.
 */
final class SessionBook {
    private final PaymentSessionRepository sessions;
    private final Clock clock;

    SessionBook(PaymentSessionRepository sessions, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The repository, for the reads and writes that are not a move of one session. */
    PaymentSessionRepository sessions() {
        return sessions;
    }

    PaymentSession load(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("payment session", id.value()));
    }

    /**
     * Applies a move by compare-and-set, re-reading and re-applying it whenever someone else changed
     * the session first. A move returns {@code null} when there is nothing left to do; so does this.
     */
    PaymentSession change(SessionId id, UnaryOperator<PaymentSession> move) {
        for (;;) {
            PaymentSession next = move.apply(load(id));
            if (next == null || sessions.replace(next)) {
                return next;
            }
        }
    }

    /** The session with these notices recorded. */
    PaymentSession withNotices(PaymentSession session, List<NoticeRef> notices) {
        PaymentSession current = session;
        for (NoticeRef notice : notices) {
            if (!current.notices().contains(notice)) {
                Instant now = clock.instant();
                PaymentSession next = change(current.id(),
                        latest -> latest.notices().contains(notice) ? null : latest.withNotice(notice, now));
                current = next == null ? load(current.id()) : next;
            }
        }
        return current;
    }

    static void requireStatus(PaymentSession session, SessionStatus expected, String move) {
        if (!session.isOpen()) {
            throw decided(session);
        }
        if (session.status() != expected) {
            throw new IllegalTransitionException("payment " + session.id(), session.status().wireName(), move);
        }
    }

    static void requireBuyerOrAdmin(Actor actor, PaymentSession session, String action) {
        if (!actor.id().equals(session.buyer()) && !actor.isAdmin()) {
            throw new NotAuthorizedException(actor.id(), action);
        }
    }

    static AlreadyDecidedException decided(PaymentSession session) {
        return new AlreadyDecidedException(session.id(), session.status(), session.decidedBy());
    }
}
