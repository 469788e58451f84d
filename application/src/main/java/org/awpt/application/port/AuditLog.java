package org.awpt.application.port;

import java.util.List;
import org.awpt.domain.audit.AuditEvent;

/** The append-only record of every change. */
public interface AuditLog {

    /** Appends an event. */
    void append(AuditEvent event);

    /** The newest events matching the query, newest first. */
    List<AuditEvent> recent(AuditQuery query);
}
