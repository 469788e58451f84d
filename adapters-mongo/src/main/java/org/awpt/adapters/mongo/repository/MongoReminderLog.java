package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;

import com.mongodb.MongoException;
import dev.morphia.Datastore;
import java.time.Instant;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.ReminderEntity;
import org.awpt.application.port.ReminderLog;
import org.awpt.domain.license.KeyCode;

/** Sent expiry reminders; the key code is the document id, so the unique {@code _id} makes each claim happen once. */
public final class MongoReminderLog implements ReminderLog {
    private final Datastore datastore;

    /** A log in the datastore's {@code reminders}. */
    public MongoReminderLog(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public boolean markSent(KeyCode key, Instant at) {
        try {
            datastore.getCollection(ReminderEntity.class).insertOne(ReminderEntity.of(key.value(), at));
            return true;
        } catch (MongoException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Instant> sentAt(KeyCode key) {
        return Optional.ofNullable(datastore.find(ReminderEntity.class).filter(eq("_id", key.value())).first())
                .map(ReminderEntity::sentAt);
    }
}
