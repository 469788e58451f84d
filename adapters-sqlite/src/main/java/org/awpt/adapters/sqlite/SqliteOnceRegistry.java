package org.awpt.adapters.sqlite;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.awpt.application.port.OnceMark;
import org.awpt.application.port.OnceRegistry;
import org.jdbi.v3.core.Handle;

/** Marks in {@code once_marks}; the primary key (topic, subject) makes the second insert do nothing. */
final class SqliteOnceRegistry implements OnceRegistry {
    private final SqliteDatabase database;

    SqliteOnceRegistry(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean markOnce(String topic, String subject, Instant at) {
        checked("topic", topic);
        checked("subject", subject);
        Objects.requireNonNull(at, "at");
        return database.write(handle -> insertRow(handle, new OnceMark(topic, subject, at))) == 1;
    }

    /** Inserts a mark unless its topic and subject are marked: 1 when inserted, 0 when marked. */
    static int insertRow(Handle handle, OnceMark mark) {
        return handle.createUpdate("INSERT INTO once_marks (topic, subject, marked_at) VALUES (:topic, :subject, :at) "
                        + "ON CONFLICT (topic, subject) DO NOTHING")
                .bind("topic", mark.topic())
                .bind("subject", mark.subject())
                .bind("at", Columns.millis(mark.markedAt()))
                .execute();
    }

    @Override
    public boolean isMarked(String topic, String subject) {
        return database.read(handle -> handle.createQuery(
                        "SELECT count(*) FROM once_marks WHERE topic = :topic AND subject = :subject")
                .bind("topic", checked("topic", topic))
                .bind("subject", checked("subject", subject))
                .mapTo(Integer.class)
                .one()) > 0;
    }

    @Override
    public void unmark(String topic, String subject) {
        database.write(handle -> handle.createUpdate("DELETE FROM once_marks WHERE topic = :topic AND subject = :subject")
                .bind("topic", checked("topic", topic))
                .bind("subject", checked("subject", subject))
                .execute());
    }

    @Override
    public List<String> subjects(String topic, String after, int limit) {
        checked("topic", topic);
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit is positive, not " + limit);
        }
        // BINARY collation: ascending order of the characters, as the port asks.
        return database.read(handle -> handle.createQuery("SELECT subject FROM once_marks WHERE topic = :topic "
                        + "AND (:after IS NULL OR subject > :after) ORDER BY subject LIMIT :limit")
                .bind("topic", topic)
                .bind("after", after)
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }

    private static String checked(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is not blank");
        }
        return text;
    }
}
