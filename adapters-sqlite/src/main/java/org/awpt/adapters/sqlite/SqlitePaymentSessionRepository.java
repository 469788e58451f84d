package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Payment sessions in {@code payment_sessions}, their notices in {@code payment_session_notices};
 * a change is compare-and-set on the version, session and notices in one transaction.
 */
final class SqlitePaymentSessionRepository implements PaymentSessionRepository {
    static final String COLUMNS = "SELECT id, buyer, type, method, details_method_used, "
            + "details_transaction_id, details_contact, details_notes, ticket_channel, status, proof_storage_id, "
            + "proof_format, proof_size_bytes, proof_received_at, created_at, updated_at, decided_by, decided_at, "
            + "reason, delivered_key, version FROM payment_sessions";
    private static final String OPEN = "('" + SessionStatus.AWAITING_PROOF.wireName() + "', '"
            + SessionStatus.AWAITING_REVIEW.wireName() + "')";
    private final SqliteDatabase database;

    SqlitePaymentSessionRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(PaymentSession session) {
        if (database.write(handle -> insertRow(handle, session)) == 0) {
            throw new IllegalStateException("payment session " + session.id().value() + " exists already");
        }
    }

    /** Inserts a session with its notices unless its id is taken: 1 when inserted, 0 when taken. */
    static int insertRow(Handle handle, PaymentSession session) {
        int rows = bind(handle.createUpdate("INSERT INTO payment_sessions (id, buyer, type, method, "
                + "details_method_used, details_transaction_id, details_contact, details_notes, ticket_channel, "
                + "status, proof_storage_id, proof_format, proof_size_bytes, proof_received_at, created_at, "
                + "updated_at, decided_by, decided_at, reason, delivered_key, version) VALUES (:id, :buyer, :type, "
                + ":method, :methodUsed, :transactionId, :contact, :notes, :ticketChannel, :status, :proofId, "
                + ":proofFormat, :proofSize, :proofAt, :createdAt, :updatedAt, :decidedBy, :decidedAt, :reason, "
                + ":deliveredKey, :version) ON CONFLICT (id) DO NOTHING"), session).execute();
        if (rows == 1) {
            writeNotices(handle, session);
        }
        return rows;
    }

    @Override
    public boolean replace(PaymentSession next) {
        return database.write(handle -> {
            int rows = bind(handle.createUpdate("UPDATE payment_sessions SET buyer = :buyer, type = :type, "
                    + "method = :method, details_method_used = :methodUsed, details_transaction_id = :transactionId, "
                    + "details_contact = :contact, details_notes = :notes, ticket_channel = :ticketChannel, "
                    + "status = :status, proof_storage_id = :proofId, proof_format = :proofFormat, "
                    + "proof_size_bytes = :proofSize, proof_received_at = :proofAt, created_at = :createdAt, "
                    + "updated_at = :updatedAt, decided_by = :decidedBy, decided_at = :decidedAt, reason = :reason, "
                    + "delivered_key = :deliveredKey, version = :version WHERE id = :id AND version = :version - 1"),
                    next).execute();
            if (rows == 1) {
                handle.createUpdate("DELETE FROM payment_session_notices WHERE session_id = :id")
                        .bind("id", next.id().value()).execute();
                writeNotices(handle, next);
            }
            return rows == 1;
        });
    }

    private static void writeNotices(Handle handle, PaymentSession session) {
        if (session.notices().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO payment_session_notices "
                + "(session_id, position, channel_id, message_id) VALUES (:id, :position, :channel, :message)");
        for (int i = 0; i < session.notices().size(); i++) {
            NoticeRef notice = session.notices().get(i);
            batch.bind("id", session.id().value()).bind("position", i).bind("channel", notice.channelId())
                    .bind("message", notice.messageId()).add();
        }
        batch.execute();
    }

    private static Update bind(Update update, PaymentSession session) {
        Proof proof = session.proof();
        PaymentDetails details = session.details();
        return update.bind("id", session.id().value())
                .bind("buyer", session.buyer().asString())
                .bind("type", session.type().value())
                .bind("method", session.method())
                .bind("methodUsed", details.methodUsed())
                .bind("transactionId", details.transactionId())
                .bind("contact", details.contact())
                .bind("notes", details.notes())
                .bind("ticketChannel", session.ticketChannel())
                .bind("status", session.status().wireName())
                .bind("proofId", proof == null ? null : proof.storageId())
                .bind("proofFormat", proof == null ? null : proof.format().name())
                .bind("proofSize", proof == null ? null : proof.sizeBytes())
                .bind("proofAt", proof == null ? null : Columns.millis(proof.receivedAt()))
                .bind("createdAt", Columns.millis(session.createdAt()))
                .bind("updatedAt", Columns.millis(session.updatedAt()))
                .bind("decidedBy", Columns.user(session.decidedBy()))
                .bind("decidedAt", Columns.millis(session.decidedAt()))
                .bind("reason", session.reason())
                .bind("deliveredKey", session.deliveredKey() == null ? null : session.deliveredKey().value())
                .bind("version", session.version());
    }

    @Override
    public Optional<PaymentSession> find(SessionId id) {
        return sessions(COLUMNS + " WHERE id = :id", query -> query.bind("id", id.value())).stream().findFirst();
    }

    @Override
    public List<PaymentSession> openSessionsOf(DiscordUserId buyer) {
        return sessions(COLUMNS + " WHERE buyer = :buyer AND status IN " + OPEN + " ORDER BY created_at DESC, id DESC",
                query -> query.bind("buyer", buyer.asString()));
    }

    @Override
    public List<PaymentSession> withStatus(SessionStatus status, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return sessions(COLUMNS + " WHERE status = :status ORDER BY created_at, id LIMIT :limit",
                query -> query.bind("status", status.wireName()).bind("limit", limit));
    }

    @Override
    public List<PaymentSession> awaitingProofSince(Instant updatedBefore, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return sessions(COLUMNS + " WHERE status = :status AND updated_at <= :before ORDER BY updated_at, id "
                        + "LIMIT :limit",
                query -> query.bind("status", SessionStatus.AWAITING_PROOF.wireName())
                        .bind("before", Columns.millis(updatedBefore)).bind("limit", limit));
    }

    /** One statement: the notices go with their sessions ({@code ON DELETE CASCADE}). */
    @Override
    public int deleteSettledBefore(Instant cutoff) {
        List<String> settled = java.util.Arrays.stream(SessionStatus.values()).filter(SessionStatus::isFinal)
                .map(SessionStatus::wireName).toList();
        return database.write(handle -> handle.createUpdate("DELETE FROM payment_sessions "
                        + "WHERE status IN (<settled>) AND decided_at < :cutoff")
                .bindList("settled", settled)
                .bind("cutoff", Columns.millis(cutoff))
                .execute());
    }

    /** The sessions a query finds, each with its notices, read in one snapshot. */
    private List<PaymentSession> sessions(String sql, java.util.function.UnaryOperator<Query> binding) {
        return database.snapshot(handle -> binding.apply(handle.createQuery(sql))
                .map((row, context) -> session(row)).list().stream().map(bare -> withNotices(handle, bare)).toList());
    }

    /** The session a row of {@link #COLUMNS} describes, with its notices read on the same handle. */
    static PaymentSession read(Handle handle, ResultSet row) throws SQLException {
        return withNotices(handle, session(row));
    }

    private static PaymentSession withNotices(Handle handle, PaymentSession bare) {
        List<NoticeRef> notices = handle.createQuery("SELECT channel_id, message_id FROM payment_session_notices "
                        + "WHERE session_id = :id ORDER BY position")
                .bind("id", bare.id().value())
                .map((row, context) -> new NoticeRef(row.getString("channel_id"), row.getString("message_id")))
                .list();
        return notices.isEmpty() ? bare : withNotices(bare, notices);
    }

    private static PaymentSession withNotices(PaymentSession s, List<NoticeRef> notices) {
        return new PaymentSession(s.id(), s.buyer(), s.type(), s.method(), s.details(), s.ticketChannel(), s.status(),
                s.proof(), s.createdAt(), s.updatedAt(), s.decidedBy(), s.decidedAt(), s.reason(), s.deliveredKey(),
                notices, s.version());
    }

    private static PaymentSession session(ResultSet row) throws SQLException {
        String proofId = row.getString("proof_storage_id");
        Proof proof = proofId == null ? null : new Proof(proofId, ProofFormat.valueOf(row.getString("proof_format")),
                row.getLong("proof_size_bytes"), Columns.instant(row, "proof_received_at"));
        String deliveredKey = row.getString("delivered_key");
        return new PaymentSession(new SessionId(row.getString("id")), Columns.user(row, "buyer"),
                new LicenseTypeCode(row.getString("type")), row.getString("method"),
                new PaymentDetails(row.getString("details_method_used"), row.getString("details_transaction_id"),
                        row.getString("details_contact"), row.getString("details_notes")),
                row.getString("ticket_channel"), SessionStatus.fromWireName(row.getString("status")), proof,
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"), Columns.user(row, "decided_by"),
                Columns.instant(row, "decided_at"), row.getString("reason"),
                deliveredKey == null ? null : new KeyCode(deliveredKey), List.of(), row.getLong("version"));
    }
}
