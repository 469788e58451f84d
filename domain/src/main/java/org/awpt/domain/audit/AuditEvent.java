package org.awpt.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.awpt.domain.ActorId;

/**
 * Who did what to which subject, when. Details never hold a full license key.
 *
 * @param id      unique id
 * @param at      when
 * @param actor   who: a Discord user or the console's operator; {@code null} for the shop itself (sweepers,
 *                monitors)
 * @param action  what
 * @param subject what it was done to (a session id, a masked key, a type)
 * @param details more facts, by name, in name order
 */
public record AuditEvent(String id, Instant at, ActorId actor, AuditAction action, String subject,
        Map<String, String> details) {
    /** Checks the parts and copies the details. */
    public AuditEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an audit event has an id");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
