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
import org.awpt.adapters.mongo.entity.OnceEntity;
import org.awpt.application.port.OnceRegistry;

/** Once-marks, one document each; the unique {@code _id} (topic and subject) decides which mark wins. */
public final class MongoOnceRegistry implements OnceRegistry {
    private final Datastore datastore;

    /** A registry in the datastore's {@code once}. */
    public MongoOnceRegistry(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public boolean markOnce(String topic, String subject, Instant at) {
        check(topic, subject);
        Objects.requireNonNull(at, "at");
        try {
            datastore.getCollection(OnceEntity.class).insertOne(OnceEntity.of(topic, subject, at));
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
        check(topic, subject);
        return datastore.find(OnceEntity.class).filter(eq("_id", OnceEntity.idOf(topic, subject))).first() != null;
    }

    @Override
    public void unmark(String topic, String subject) {
        check(topic, subject);
        datastore.find(OnceEntity.class).filter(eq("_id", OnceEntity.idOf(topic, subject))).delete();
    }

    @Override
    public List<String> subjects(String topic, String after, int limit) {
        if (topic == null || topic.isBlank() || limit <= 0) {
            throw new IllegalArgumentException("a topic is not blank and a limit is positive");
        }
        Query<OnceEntity> query = datastore.find(OnceEntity.class).filter(eq(OnceEntity.TOPIC, topic));
        if (after != null) {
            query = query.filter(gt(OnceEntity.SUBJECT, after));
        }
        List<String> subjects = new ArrayList<>();
        try (var cursor = query.iterator(new FindOptions().sort(Sort.ascending(OnceEntity.SUBJECT)).limit(limit))) {
            cursor.forEachRemaining(entity -> subjects.add(entity.subject()));
        }
        return subjects;
    }

    private static void check(String topic, String subject) {
        if (topic == null || topic.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a topic and a subject are not blank");
        }
    }
}
