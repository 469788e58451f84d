package org.awpt.adapters.discord.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awpt.application.inventory.KeyExportRow;
import org.awpt.domain.audit.AuditEvent;

/** The CSV tables the bot exports: keys (full codes, admins only) and audit events. */
public final class ExportTables {
    /** Columns of a key export. */
    public static final List<String> KEY_COLUMNS = List.of("code", "type", "status", "holder", "roblox",
            "requested_by", "approved_by", "created_at", "used_at", "expires_at", "order_id");
    /** Columns of an audit export. */
    public static final List<String> AUDIT_COLUMNS = List.of("id", "at", "actor", "action", "subject", "details");

    private ExportTables() {
    }

    /** Keys as a table. */
    public static CsvTable keys(List<KeyExportRow> rows) {
        return new CsvTable(KEY_COLUMNS, rows.stream().map(row -> List.of(row.code(), row.type().value(),
                row.status().wireName(), text(row.holder()), text(row.roblox()), text(row.requestedBy()),
                text(row.approvedBy()), text(row.createdAt()), text(row.usedAt()), text(row.expiresAt()),
                text(row.orderId()))).toList());
    }

    /** Audit events as a table. */
    public static CsvTable audit(List<AuditEvent> events) {
        return new CsvTable(AUDIT_COLUMNS, events.stream().map(event -> List.of(event.id(), text(event.at()),
                event.actor() == null ? "" : event.actor().asString(), event.action().wireName(), event.subject(), details(event.details()))).toList());
    }

    private static String details(Map<String, String> details) {
        return details.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value == null ? "" : value.toString();
    }
}
