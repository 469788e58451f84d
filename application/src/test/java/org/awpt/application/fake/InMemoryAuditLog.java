package org.awpt.application.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;

/** The audit log in memory; thread-safe. Events of the same instant come back latest-appended first. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public synchronized List<AuditEvent> recent(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        List<AuditEvent> newestFirst = new ArrayList<>(events);
        // Appends are roughly in time order: reverse them, then a stable sort puts late events first.
        Collections.reverse(newestFirst);
        newestFirst.sort((a, b) -> b.at().compareTo(a.at()));
        return new ArrayList<>(newestFirst.stream().filter(query::matches).limit(query.limit()).toList());
    }

    /** Every event appended, oldest first. */
    public synchronized List<AuditEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one action, oldest first. */
    public synchronized List<AuditEvent> ofAction(AuditAction action) {
        return events.stream().filter(e -> e.action() == action).toList();
    }
}
