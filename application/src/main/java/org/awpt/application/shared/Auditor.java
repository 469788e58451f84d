package org.awpt.application.shared;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.IdSource;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;

/** Writes audit events with an id and the current time. Never give it a full license key. */
public final class Auditor {
    private final AuditLog log;
    private final IdSource ids;
    private final Clock clock;

    /** An auditor writing to this log. */
    public Auditor(AuditLog log, IdSource ids, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records that {@code actor} ({@code null} for the shop itself) did {@code action} to {@code subject}. */
    public AuditEvent record(DiscordUserId actor, AuditAction action, String subject, Map<String, String> details) {
        AuditEvent event = new AuditEvent(ids.nextId(), clock.instant(), actor, action, subject, details);
        log.append(event);
        return event;
    }
}
