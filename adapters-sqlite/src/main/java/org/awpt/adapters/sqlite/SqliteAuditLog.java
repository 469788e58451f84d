package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The audit log in {@code audit_events} and {@code audit_event_details}; append-only. A retried
 * append of the same event (same id) is recorded once.
 */
final class SqliteAuditLog implements AuditLog {
    private final SqliteDatabase database;

    SqliteAuditLog(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        database.write(handle -> insertRow(handle, event));
    }

    /** Appends an event with its details unless its id is recorded: 1 when appended, 0 when recorded. */
    static int insertRow(Handle handle, AuditEvent event) {
        List<Long> seq = handle.createQuery("INSERT INTO audit_events (id, at, actor, action, subject) "
                        + "VALUES (:id, :at, :actor, :action, :subject) ON CONFLICT (id) DO NOTHING RETURNING seq")
                .bind("id", event.id())
                .bind("at", Columns.millis(event.at()))
                .bind("actor", Columns.actor(event.actor()))
                .bind("action", event.action().wireName())
                .bind("subject", event.subject())
                .mapTo(Long.class)
                .list();
        if (!seq.isEmpty() && !event.details().isEmpty()) {
            PreparedBatch details = handle.prepareBatch(
                    "INSERT INTO audit_event_details (event_seq, name, value) VALUES (:seq, :name, :value)");
            event.details().forEach((name, value) ->
                    details.bind("seq", seq.get(0)).bind("name", name).bind("value", value).add());
            details.execute();
        }
        return seq.size();
    }

    /** One statement on the {@code at} index: the details go with their events ({@code ON DELETE CASCADE}). */
    @Override
    public int deleteBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return database.write(handle -> handle.createUpdate("DELETE FROM audit_events WHERE at < :cutoff")
                .bind("cutoff", Columns.millis(cutoff))
                .execute());
    }

    @Override
    public List<AuditEvent> recent(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT seq, id, at, actor, action, subject FROM audit_events WHERE 1 = 1");
        query.actor().ifPresent(actor -> sql.append(" AND actor = :actor"));
        query.action().ifPresent(action -> sql.append(" AND action = :action"));
        sql.append(" ORDER BY at DESC, seq DESC LIMIT :limit");
        return database.snapshot(handle -> {
            Query select = handle.createQuery(sql.toString()).bind("limit", query.limit());
            query.actor().ifPresent(actor -> select.bind("actor", Columns.actor(actor)));
            query.action().ifPresent(action -> select.bind("action", action.wireName()));
            return select.map((row, context) -> read(handle, row)).list();
        });
    }

    /** The event a row of {@code audit_events} describes, with its details read on the same handle. */
    static AuditEvent read(Handle handle, ResultSet row) throws SQLException {
        Map<String, String> details = new HashMap<>();
        handle.createQuery("SELECT name, value FROM audit_event_details WHERE event_seq = :seq")
                .bind("seq", row.getLong("seq"))
                .map((result, context) -> Map.entry(result.getString("name"), result.getString("value")))
                .forEach(entry -> details.put(entry.getKey(), entry.getValue()));
        return new AuditEvent(row.getString("id"), Columns.instant(row, "at"), Columns.actor(row, "actor"),
                AuditAction.fromWireName(row.getString("action")), row.getString("subject"), details);
    }
}
