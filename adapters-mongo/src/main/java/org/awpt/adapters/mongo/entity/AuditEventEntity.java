package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.IndexOptions;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awpt.domain.ActorId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.bson.types.ObjectId;

/**
 * An audit event. The document id is an {@link ObjectId}, so events at the same instant keep their
 * order of arrival; the event's own id is unique. Details are a list of name/value pairs, since a
 * detail name may hold characters a field name may not.
 */
@Entity(value = "auditevents", useDiscriminator = false)
@Indexes({
    @Index(fields = @Field(AuditEventEntity.EVENT_ID), options = @IndexOptions(unique = true)),
    @Index(fields = @Field(AuditEventEntity.AT)),
    @Index(fields = {@Field(AuditEventEntity.ACTOR), @Field(AuditEventEntity.AT)})
})
public class AuditEventEntity {
    /** The event's own id. */
    public static final String EVENT_ID = "eventId";
    /** When it happened. */
    public static final String AT = "at";
    /** Who did it. */
    public static final String ACTOR = "actor";
    /** What was done. */
    public static final String ACTION = "action";

    @Id
    ObjectId id;
    String eventId;
    Instant at;
    String actor;
    String action;
    String subject;
    List<DetailEntity> details;

    /** For Morphia. */
    public AuditEventEntity() {
    }

    /** The document of an event. */
    public static AuditEventEntity of(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.id = new ObjectId();
        entity.eventId = event.id();
        entity.at = event.at();
        entity.actor = event.actor() == null ? null : event.actor().asString();
        entity.action = event.action().wireName();
        entity.subject = event.subject();
        entity.details = new ArrayList<>();
        event.details().forEach((name, value) -> entity.details.add(DetailEntity.of(name, value)));
        return entity;
    }

    /** The event this document describes. */
    public AuditEvent toDomain() {
        Map<String, String> map = new LinkedHashMap<>();
        if (details != null) {
            for (DetailEntity detail : details) {
                map.put(detail.name, detail.value);
            }
        }
        return new AuditEvent(eventId, at, actor == null ? null : ActorId.parse(actor), AuditAction.fromWireName(action),
                subject, map);
    }

    /** One named fact of an event. */
    @Entity(useDiscriminator = false)
    public static class DetailEntity {
        String name;
        String value;

        /** For Morphia. */
        public DetailEntity() {
        }

        static DetailEntity of(String name, String value) {
            DetailEntity entity = new DetailEntity();
            entity.name = name;
            entity.value = value;
            return entity;
        }
    }
}
