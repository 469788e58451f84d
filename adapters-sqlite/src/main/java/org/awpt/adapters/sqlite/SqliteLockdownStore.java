package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.LockdownStore;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Lockdown switches in {@code lockdowns}, one row per feature. */
final class SqliteLockdownStore implements LockdownStore {
    static final String COLUMNS = "SELECT feature, locked, changed_by, changed_at, reason FROM lockdowns";
    private final SqliteDatabase database;

    SqliteLockdownStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Lockdown> find(Feature feature) {
        return database.read(handle -> handle.createQuery(COLUMNS + " WHERE feature = :feature")
                .bind("feature", feature.code())
                .map(SqliteLockdownStore::lockdown)
                .findOne());
    }

    @Override
    public void save(Lockdown lockdown) {
        Objects.requireNonNull(lockdown, "lockdown");
        database.write(handle -> bind(handle.createUpdate("INSERT OR REPLACE INTO lockdowns "
                + "(feature, locked, changed_by, changed_at, reason) "
                + "VALUES (:feature, :locked, :changedBy, :changedAt, :reason)"), lockdown).execute());
    }

    /** Inserts a switch unless its feature has one: 1 when inserted, 0 when it had. */
    static int insertRow(Handle handle, Lockdown lockdown) {
        return bind(handle.createUpdate("INSERT INTO lockdowns (feature, locked, changed_by, changed_at, reason) "
                + "VALUES (:feature, :locked, :changedBy, :changedAt, :reason) ON CONFLICT (feature) DO NOTHING"),
                lockdown).execute();
    }

    private static Update bind(Update update, Lockdown lockdown) {
        return update.bind("feature", lockdown.feature().code())
                .bind("locked", lockdown.locked() ? 1 : 0)
                .bind("changedBy", Columns.user(lockdown.changedBy()))
                .bind("changedAt", Columns.millis(lockdown.changedAt()))
                .bind("reason", lockdown.reason());
    }

    @Override
    public List<Lockdown> all() {
        return database.read(handle -> handle.createQuery(COLUMNS + " ORDER BY feature")
                .map(SqliteLockdownStore::lockdown)
                .list());
    }

    static Lockdown lockdown(ResultSet row, StatementContext context) throws SQLException {
        return new Lockdown(new Feature(row.getString("feature")), row.getInt("locked") != 0,
                Columns.user(row, "changed_by"), Columns.instant(row, "changed_at"), row.getString("reason"));
    }
}
