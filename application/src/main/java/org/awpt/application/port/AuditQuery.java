package org.awpt.application.port;

import java.util.Optional;
import org.awpt.domain.ActorId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;

/**
 * Which audit events to read.
 *
 * @param actor  only this actor's events, or all
 * @param action only this action, or all
 * @param limit  the most events, 1 to 10,000
 */
public record AuditQuery(Optional<? extends ActorId> actor, Optional<AuditAction> action, int limit) {
    /** Checks the limit, replaces missing parts by empty. */
    public AuditQuery {
        actor = actor == null ? Optional.empty() : actor;
        action = action == null ? Optional.empty() : action;
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("an audit limit is 1 to 10000");
        }
    }

    /** Whether an event matches. */
    public boolean matches(AuditEvent event) {
        return actor.map(a -> a.equals(event.actor())).orElse(true)
                && action.map(a -> a == event.action()).orElse(true);
    }
}
