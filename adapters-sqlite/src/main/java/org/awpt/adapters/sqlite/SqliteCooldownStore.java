package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.CooldownStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.jdbi.v3.core.Handle;

/** Cooldowns in {@code cooldowns}, one row per user and action; the last write wins. */
final class SqliteCooldownStore implements CooldownStore {
    private final SqliteDatabase database;

    SqliteCooldownStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Cooldown> find(DiscordUserId user, CooldownAction action) {
        return database.read(handle -> handle.createQuery(
                        "SELECT failures, until FROM cooldowns WHERE user = :user AND action = :action")
                .bind("user", user.asString())
                .bind("action", action.code())
                .map((row, context) -> new Cooldown(user, action, row.getInt("failures"), Columns.instant(row, "until")))
                .findOne());
    }

    /** Inserts a cooldown unless the user has one for the action: 1 when inserted, 0 when there was one. */
    static int insertRow(Handle handle, Cooldown cooldown) {
        return handle.createUpdate("INSERT INTO cooldowns (user, action, failures, until) "
                        + "VALUES (:user, :action, :failures, :until) ON CONFLICT (user, action) DO NOTHING")
                .bind("user", cooldown.user().asString())
                .bind("action", cooldown.action().code())
                .bind("failures", cooldown.failures())
                .bind("until", Columns.millis(cooldown.until()))
                .execute();
    }

    /** The cooldown a row of {@code cooldowns} describes. */
    static Cooldown cooldown(ResultSet row) throws SQLException {
        return new Cooldown(Columns.user(row, "user"), new CooldownAction(row.getString("action")),
                row.getInt("failures"), Columns.instant(row, "until"));
    }

    @Override
    public void save(Cooldown cooldown) {
        Objects.requireNonNull(cooldown, "cooldown");
        database.write(handle -> handle.createUpdate("INSERT INTO cooldowns (user, action, failures, until) "
                        + "VALUES (:user, :action, :failures, :until) "
                        + "ON CONFLICT (user, action) DO UPDATE SET failures = excluded.failures, until = excluded.until")
                .bind("user", cooldown.user().asString())
                .bind("action", cooldown.action().code())
                .bind("failures", cooldown.failures())
                .bind("until", Columns.millis(cooldown.until()))
                .execute());
    }
}
