package org.awpt.adapters.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.Delivery;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.jdbi.v3.core.statement.SqlStatement;

/** Translates keys between the domain and rows of {@code license_keys}. */
final class KeyRows {
    /** Every column, in the order of the table. */
    static final String COLUMNS = "id, code, type, status, created_at, requested_by, requested_at, approved_by, "
            + "approved_at, holder, roblox_user, used_at, expires_at, order_id, delivery_told_at, delivery_channel, "
            + "delivery_attempts, delivery_last_attempt_at, delivery_ticket_channel, revoked_at, revoked_by, "
            + "revoke_reason";
    /** The columns a transition changes: every column but the id, the code, the type and the creation time. */
    private static final List<String> STATE_COLUMNS = List.of("status", "requested_by", "requested_at", "approved_by",
            "approved_at", "holder", "roblox_user", "used_at", "expires_at", "order_id", "delivery_told_at",
            "delivery_channel", "delivery_attempts", "delivery_last_attempt_at", "delivery_ticket_channel",
            "revoked_at", "revoked_by", "revoke_reason");
    /** The state a transition changes, as named parameters (the column names) for {@link #bindState}. */
    static final String SET_STATE = STATE_COLUMNS.stream().map(column -> column + " = :" + column)
            .collect(Collectors.joining(", "));
    /** The same with positional parameters, bound by {@link #bindState(PreparedStatement, LicenseKey)}. */
    static final String SET_STATE_POSITIONAL = STATE_COLUMNS.stream().map(column -> column + " = ?")
            .collect(Collectors.joining(", "));
    /**
     * The insert of a new key; a code already present is left as it is. Positional: an import binds
     * 21 values for each of up to 100,000 keys, which plain JDBC does at a fraction of JDBI's cost.
     */
    static final String INSERT = "INSERT INTO license_keys (code, type, status, created_at, requested_by, "
            + "requested_at, approved_by, approved_at, holder, roblox_user, used_at, expires_at, order_id, "
            + "delivery_told_at, delivery_channel, delivery_attempts, delivery_last_attempt_at, "
            + "delivery_ticket_channel, revoked_at, revoked_by, revoke_reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING";
    /**
     * The copy of a key from another store: also does nothing when its order id is taken, so the
     * caller can tell a key already present from one whose order has another key.
     */
    static final String INSERT_COPY = INSERT.substring(0, INSERT.lastIndexOf(" ON CONFLICT")) + " ON CONFLICT DO NOTHING";

    private KeyRows() {
    }

    /**
     * Inserts keys with one prepared statement ({@link #INSERT} or {@link #INSERT_COPY}); per key, 1
     * when it was added, 0 when it conflicted.
     */
    static int[] insert(Connection connection, String statement, List<? extends LicenseKey> keys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(statement)) {
            for (LicenseKey key : keys) {
                Delivery delivery = key.delivery();
                Object[] values = {key.code().value(), key.type().value(), key.status().wireName(),
                    Columns.millis(key.createdAt()), Columns.user(key.requestedBy()), Columns.millis(key.requestedAt()),
                    Columns.user(key.approvedBy()), Columns.millis(key.approvedAt()), Columns.user(key.holder()),
                    key.robloxUser() == null ? null : key.robloxUser().asString(), Columns.millis(key.usedAt()),
                    Columns.millis(key.expiresAt()), key.orderId() == null ? null : key.orderId().value(),
                    delivery == null ? null : Columns.millis(delivery.toldAt()),
                    delivery == null || delivery.channel() == null ? null : delivery.channel().name(),
                    delivery == null ? null : delivery.attempts(),
                    delivery == null ? null : Columns.millis(delivery.lastAttemptAt()),
                    delivery == null ? null : delivery.ticketChannel(), Columns.millis(key.revokedAt()),
                    Columns.user(key.revokedBy()), key.revokeReason()};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            return insert.executeBatch();
        }
    }

    /** Binds the state a transition computed ({@link #SET_STATE}). */
    static <S extends SqlStatement<S>> S bindState(S statement, LicenseKey key) {
        Object[] values = stateValues(key);
        for (int i = 0; i < values.length; i++) {
            statement.bind(STATE_COLUMNS.get(i), values[i]);
        }
        return statement;
    }

    /**
     * Binds the state a transition computed ({@link #SET_STATE_POSITIONAL}) to the first parameters;
     * returns the number of parameters bound. Plain JDBC: claims run one after another on the single
     * writer, where JDBI's work per statement was a third of each claim's cost.
     */
    static int bindState(PreparedStatement statement, LicenseKey key) throws SQLException {
        Object[] values = stateValues(key);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return values.length;
    }

    /** The values of {@link #STATE_COLUMNS}, in that order. */
    private static Object[] stateValues(LicenseKey key) {
        Delivery delivery = key.delivery();
        return new Object[] {key.status().wireName(), Columns.user(key.requestedBy()),
            Columns.millis(key.requestedAt()), Columns.user(key.approvedBy()), Columns.millis(key.approvedAt()),
            Columns.user(key.holder()), key.robloxUser() == null ? null : key.robloxUser().asString(),
            Columns.millis(key.usedAt()), Columns.millis(key.expiresAt()),
            key.orderId() == null ? null : key.orderId().value(),
            delivery == null ? null : Columns.millis(delivery.toldAt()),
            delivery == null || delivery.channel() == null ? null : delivery.channel().name(),
            delivery == null ? null : delivery.attempts(),
            delivery == null ? null : Columns.millis(delivery.lastAttemptAt()),
            delivery == null ? null : delivery.ticketChannel(), Columns.millis(key.revokedAt()),
            Columns.user(key.revokedBy()), key.revokeReason()};
    }

    /**
     * The key a row describes.
     *
     * @throws IllegalArgumentException (or another runtime exception) when the row is not a valid key
     */
    static LicenseKey key(ResultSet row) throws SQLException {
        Integer attempts = Columns.integer(row, "delivery_attempts");
        String channel = row.getString("delivery_channel");
        Delivery delivery = attempts == null ? null : new Delivery(Columns.instant(row, "delivery_told_at"),
                channel == null ? null : DeliveryChannel.valueOf(channel), attempts,
                Columns.instant(row, "delivery_last_attempt_at"), row.getString("delivery_ticket_channel"));
        String roblox = row.getString("roblox_user");
        String order = row.getString("order_id");
        return new LicenseKey(new KeyCode(row.getString("code")), new LicenseTypeCode(row.getString("type")),
                KeyStatus.fromWireName(row.getString("status")), Columns.instant(row, "created_at"),
                Columns.user(row, "requested_by"), Columns.instant(row, "requested_at"),
                Columns.user(row, "approved_by"), Columns.instant(row, "approved_at"), Columns.user(row, "holder"),
                roblox == null ? null : RobloxUserId.parse(roblox), Columns.instant(row, "used_at"),
                Columns.instant(row, "expires_at"), order == null ? null : new OrderId(order), delivery,
                Columns.instant(row, "revoked_at"), Columns.user(row, "revoked_by"), row.getString("revoke_reason"));
    }
}
