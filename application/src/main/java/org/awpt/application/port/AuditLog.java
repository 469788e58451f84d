package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
import org.awpt.domain.audit.AuditEvent;

/** The append-only record of every change; only the retention policy removes events, by age. */
public interface AuditLog {

    /** Appends an event. */
    void append(AuditEvent event);

    /** The newest events matching the query, newest first. */
    List<AuditEvent> recent(AuditQuery query);

    /**
     * Deletes the events that happened before {@code cutoff}.
     *
     * @return how many were deleted
     */
    int deleteBefore(Instant cutoff);
}
