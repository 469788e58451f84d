package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Key requests in {@code key_requests}; a change is compare-and-set on the version. */
final class SqliteKeyRequestRepository implements KeyRequestRepository {
    /** Between two codes of a request (V4 turned the commas of earlier versions into it). */
    static final String CODE_SEPARATOR = "\n";
    static final String COLUMNS = "SELECT id, requester, type, codes, reason, status, requested_at, "
            + "decided_by, decided_at, version FROM key_requests";
    private final SqliteDatabase database;

    SqliteKeyRequestRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(KeyRequest request) {
        if (database.write(handle -> insertRow(handle, request)) == 0) {
            throw new IllegalStateException("key request " + request.id().value() + " exists already");
        }
    }

    /** Inserts a request unless its id is taken: 1 when inserted, 0 when taken. */
    static int insertRow(Handle handle, KeyRequest request) {
        return bind(handle.createUpdate("INSERT INTO key_requests "
                + "(id, requester, type, codes, reason, status, requested_at, decided_by, decided_at, version) "
                + "VALUES (:id, :requester, :type, :codes, :reason, :status, :requestedAt, :decidedBy, :decidedAt, "
                + ":version) ON CONFLICT (id) DO NOTHING"), request).execute();
    }

    @Override
    public boolean replace(KeyRequest next) {
        return database.write(handle -> bind(handle.createUpdate("UPDATE key_requests SET requester = :requester, "
                + "type = :type, codes = :codes, reason = :reason, status = :status, requested_at = :requestedAt, "
                + "decided_by = :decidedBy, decided_at = :decidedAt, version = :version "
                + "WHERE id = :id AND version = :version - 1"), next).execute()) == 1;
    }

    private static Update bind(Update update, KeyRequest request) {
        return update.bind("id", request.id().value())
                .bind("requester", request.requester().asString())
                .bind("type", request.type().value())
                // A code holds no whitespace (any key format), so a line break separates them unambiguously.
                .bind("codes", request.keys().stream().map(KeyCode::value).collect(Collectors.joining(CODE_SEPARATOR)))
                .bind("reason", request.reason())
                .bind("status", request.status().wireName())
                .bind("requestedAt", Columns.millis(request.requestedAt()))
                .bind("decidedBy", Columns.user(request.decidedBy()))
                .bind("decidedAt", Columns.millis(request.decidedAt()))
                .bind("version", request.version());
    }

    @Override
    public Optional<KeyRequest> find(RequestId id) {
        return database.read(handle -> handle.createQuery(COLUMNS + " WHERE id = :id")
                .bind("id", id.value())
                .map(SqliteKeyRequestRepository::request)
                .findOne());
    }

    @Override
    public List<KeyRequest> withStatus(RequestStatus status, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read(handle -> handle.createQuery(COLUMNS
                        + " WHERE status = :status ORDER BY requested_at DESC, id DESC LIMIT :limit")
                .bind("status", status.wireName())
                .bind("limit", limit)
                .map(SqliteKeyRequestRepository::request)
                .list());
    }

    static KeyRequest request(ResultSet row, StatementContext context) throws SQLException {
        List<KeyCode> keys = Arrays.stream(row.getString("codes").split(CODE_SEPARATOR)).map(KeyCode::new).toList();
        return new KeyRequest(new RequestId(row.getString("id")), Columns.user(row, "requester"),
                new LicenseTypeCode(row.getString("type")), keys, row.getString("reason"),
                RequestStatus.fromWireName(row.getString("status")), Columns.instant(row, "requested_at"),
                Columns.user(row, "decided_by"), Columns.instant(row, "decided_at"), row.getLong("version"));
    }
}
