package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.lt;

import com.mongodb.MongoWriteException;
import dev.morphia.Datastore;
import dev.morphia.DeleteOptions;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awpt.adapters.mongo.entity.AuditEventEntity;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log: one document per event, appended, never changed. */
public final class MongoAuditLog implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(MongoAuditLog.class);
    private final Datastore datastore;

    /** A log in the datastore's {@code auditevents}. */
    public MongoAuditLog(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public void append(AuditEvent event) {
        try {
            datastore.insert(AuditEventEntity.of(event));
        } catch (MongoWriteException e) {
            if (!Duplicates.isDuplicateKey(e)) {
                throw e;
            }
            // A retried append of the same event (same id): it is recorded once.
            LOG.debug("Audit event {} was already recorded", event.id());
        }
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return (int) datastore.find(AuditEventEntity.class).filter(lt(AuditEventEntity.AT, cutoff))
                .delete(new DeleteOptions().multi(true)).getDeletedCount();
    }

    @Override
    public List<AuditEvent> recent(AuditQuery query) {
        Query<AuditEventEntity> events = datastore.find(AuditEventEntity.class);
        query.actor().ifPresent(actor -> events.filter(eq(AuditEventEntity.ACTOR, actor.asString())));
        query.action().ifPresent(action -> events.filter(eq(AuditEventEntity.ACTION, action.wireName())));
        List<AuditEvent> result = new ArrayList<>();
        // The ObjectId breaks ties between events of the same instant by arrival.
        try (var cursor = events.iterator(new FindOptions()
                .sort(Sort.descending(AuditEventEntity.AT), Sort.descending("_id")).limit(query.limit()))) {
            cursor.forEachRemaining(entity -> result.add(entity.toDomain()));
        }
        return result;
    }
}
