package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.gt;

import com.mongodb.MongoException;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.awpt.adapters.mongo.entity.OnceMarkEntity;
import org.awpt.application.port.OnceRegistry;

/**
 * Marks in {@code once_marks}, one document per topic and subject. A mark is a plain insert that the
 * unique index on (topic, subject) refuses the second time, so concurrent marks need no read first.
 */
public final class MongoOnceRegistry implements OnceRegistry {
    private final Datastore datastore;

    /** A registry over the datastore's {@code once_marks}. */
    public MongoOnceRegistry(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public boolean markOnce(String topic, String subject, Instant at) {
        checked("topic", topic);
        checked("subject", subject);
        Objects.requireNonNull(at, "at");
        try {
            datastore.getCollection(OnceMarkEntity.class).insertOne(OnceMarkEntity.of(topic, subject, at));
            return true;
        } catch (MongoException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean isMarked(String topic, String subject) {
        return mark(topic, subject).count() > 0;
    }

    @Override
    public void unmark(String topic, String subject) {
        mark(topic, subject).delete();
    }

    @Override
    public List<String> subjects(String topic, String after, int limit) {
        checked("topic", topic);
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit is positive, not " + limit);
        }
        Query<OnceMarkEntity> query = datastore.find(OnceMarkEntity.class).filter(eq(OnceMarkEntity.TOPIC, topic));
        if (after != null) {
            query = query.filter(gt(OnceMarkEntity.SUBJECT, after));
        }
        List<String> page = new ArrayList<>(Math.min(limit, 1_000));
        try (var cursor = query.iterator(new FindOptions().sort(Sort.ascending(OnceMarkEntity.SUBJECT)).limit(limit))) {
            cursor.forEachRemaining(mark -> page.add(mark.subject()));
        }
        return page;
    }

    private Query<OnceMarkEntity> mark(String topic, String subject) {
        return datastore.find(OnceMarkEntity.class).filter(eq(OnceMarkEntity.TOPIC, checked("topic", topic)),
                eq(OnceMarkEntity.SUBJECT, checked("subject", subject)));
    }

    private static String checked(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is not blank");
        }
        return text;
    }
}
