package org.awpt.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyCode;

/** The audit log in memory; thread-safe. Events of the same instant come back latest-appended first. */
public final class InMemoryAuditLog implements AuditLog, StoredRecords<AuditEvent> {
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

    /** The events whose subject or details hold one of these full codes (audit events must hold none). */
    public synchronized List<AuditEvent> mentioningFullCodes(Collection<KeyCode> codes) {
        List<String> values = codes.stream().map(KeyCode::value).toList();
        return events.stream().filter(e -> {
            String text = e.subject() + " " + e.details();
            return values.stream().anyMatch(text::contains);
        }).toList();
    }

    @Override
    public synchronized int deleteBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        int before = events.size();
        events.removeIf(event -> event.at().isBefore(cutoff));
        return before - events.size();
    }

    @Override
    public synchronized RecordScan exportAll(Consumer<? super AuditEvent> sink) {
        return FakeRecords.exportAll(List.copyOf(events), sink);
    }

    @Override
    public synchronized CopyOutcome importPreserving(List<? extends AuditEvent> records) {
        return FakeRecords.importEach(records, event -> events.stream().noneMatch(e -> e.id().equals(event.id()))
                && events.add(event));
    }
}
