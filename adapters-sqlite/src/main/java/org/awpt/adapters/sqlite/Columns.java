package org.awpt.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;

/** Reads and writes the column forms shared by every table: times as epoch milliseconds, ids as decimal text. */
final class Columns {
    private Columns() {
    }

    /** Epoch milliseconds, or {@code null}; {@link Instant#MIN} and {@link Instant#MAX} keep their meaning. */
    static Long millis(Instant instant) {
        if (instant == null) {
            return null;
        }
        if (instant.equals(Instant.MIN)) {
            return Long.MIN_VALUE;
        }
        if (instant.equals(Instant.MAX)) {
            return Long.MAX_VALUE;
        }
        return instant.toEpochMilli();
    }

    /** The instant in a millisecond column, or {@code null}. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        if (value == Long.MIN_VALUE) {
            return Instant.MIN;
        }
        if (value == Long.MAX_VALUE) {
            return Instant.MAX;
        }
        return Instant.ofEpochMilli(value);
    }

    /** A Discord id as text, or {@code null}. */
    static String user(DiscordUserId id) {
        return id == null ? null : id.asString();
    }

    /** The Discord id in a text column, or {@code null}. */
    static DiscordUserId user(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : DiscordUserId.parse(text);
    }

    /** A nullable integer column. */
    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** Who acted, as text: a Discord id's digits or {@code console:} and the OS user name; {@code null} stays null. */
    static String actor(ActorId actor) {
        return actor == null ? null : actor.asString();
    }

    /** The actor in a text column, or {@code null}. */
    static ActorId actor(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : ActorId.parse(text);
    }
}
