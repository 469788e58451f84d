package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.IndexOptions;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import org.awpt.application.port.OnceMark;
import org.bson.types.ObjectId;

/**
 * One mark of a subject in a topic. The unique index on topic and subject is what makes a mark
 * happen once: of concurrent inserts the server accepts one and refuses the others (11000).
 */
@Entity(value = "once_marks", useDiscriminator = false)
@Indexes(@Index(fields = {@Field(OnceMarkEntity.TOPIC), @Field(OnceMarkEntity.SUBJECT)},
        options = @IndexOptions(unique = true)))
public class OnceMarkEntity {
    /** The topic's field. */
    public static final String TOPIC = "topic";
    /** The subject's field. */
    public static final String SUBJECT = "subject";

    @Id
    ObjectId id;
    String topic;
    String subject;
    Instant markedAt;

    /** For Morphia. */
    public OnceMarkEntity() {
    }

    /** The document of a subject marked in a topic at a time. */
    public static OnceMarkEntity of(String topic, String subject, Instant markedAt) {
        OnceMarkEntity entity = new OnceMarkEntity();
        entity.id = new ObjectId();
        entity.topic = topic;
        entity.subject = subject;
        entity.markedAt = markedAt;
        return entity;
    }

    /** The mark this document describes. */
    public OnceMark toDomain() {
        return new OnceMark(topic, subject, markedAt);
    }

    /** The marked subject. */
    public String subject() {
        return subject;
    }
}
