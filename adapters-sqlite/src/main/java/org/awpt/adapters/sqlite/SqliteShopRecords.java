package org.awpt.adapters.sqlite;

import java.util.List;
import org.awpt.application.port.OnceMark;
import org.awpt.application.port.ShopRecords;

/**
 * Every table of the SQLite store, read whole and copied in with its ids, for moving a shop
 * between stores. Each export is one read transaction in primary-key order (keys in row-id order,
 * audit events in the order they were appended); each import batch is one write transaction.
 */
final class SqliteShopRecords {
    private SqliteShopRecords() {
    }

    /** The records of the database; {@code keys} is its key repository. */
    static ShopRecords of(SqliteDatabase database, SqliteLicenseKeyRepository keys) {
        return new ShopRecords(keys,
                new SqliteStoredRecords<>(database, SqlitePaymentSessionRepository.COLUMNS + " ORDER BY id",
                        List.of("id"), SqlitePaymentSessionRepository::read, SqlitePaymentSessionRepository::insertRow),
                new SqliteStoredRecords<>(database,
                        "SELECT id, session_id, format, bytes, stored_at FROM proofs ORDER BY id", List.of("id"),
                        (handle, row) -> SqliteProofStore.proof(row), SqliteProofStore::insertRow),
                new SqliteStoredRecords<>(database, SqliteKeyRequestRepository.COLUMNS + " ORDER BY id",
                        List.of("id"), (handle, row) -> SqliteKeyRequestRepository.request(row, null),
                        SqliteKeyRequestRepository::insertRow),
                new SqliteStoredRecords<>(database, SqliteStorefrontVisitRepository.COLUMNS + " ORDER BY id",
                        List.of("id"), (handle, row) -> SqliteStorefrontVisitRepository.visit(row, null),
                        SqliteStorefrontVisitRepository::insertRow),
                new SqliteStoredRecords<>(database, SqlitePurchaseTicketRepository.COLUMNS + " ORDER BY channel_id",
                        List.of("channel_id"), (handle, row) -> SqlitePurchaseTicketRepository.ticket(row, null),
                        SqlitePurchaseTicketRepository::insertRow),
                new SqliteStoredRecords<>(database,
                        "SELECT topic, subject, marked_at FROM once_marks ORDER BY topic, subject",
                        List.of("topic", "subject"), (handle, row) -> new OnceMark(row.getString("topic"),
                                row.getString("subject"), Columns.instant(row, "marked_at")),
                        SqliteOnceRegistry::insertRow),
                new SqliteStoredRecords<>(database,
                        "SELECT seq, id, at, actor, action, subject FROM audit_events ORDER BY seq", List.of("id"),
                        SqliteAuditLog::read, SqliteAuditLog::insertRow),
                new SqliteStoredRecords<>(database,
                        "SELECT user, action, failures, until FROM cooldowns ORDER BY user, action",
                        List.of("user", "action"), (handle, row) -> SqliteCooldownStore.cooldown(row),
                        SqliteCooldownStore::insertRow),
                new SqliteStoredRecords<>(database, SqliteLockdownStore.COLUMNS + " ORDER BY feature",
                        List.of("feature"), (handle, row) -> SqliteLockdownStore.lockdown(row, null),
                        SqliteLockdownStore::insertRow),
                new SqliteStoredRecords<>(database, SqliteSalesLedger.COLUMNS + " ORDER BY reference",
                        List.of("reference"), (handle, row) -> SqliteSalesLedger.sale(row),
                        SqliteSalesLedger::insertRow));
    }
}
