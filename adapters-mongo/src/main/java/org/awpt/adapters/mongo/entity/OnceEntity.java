package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;

/**
 * A mark that something happened once (a reminder sent, a role granted). The id joins topic and
 * subject, so the unique {@code _id} lets exactly one of concurrent marks win.
 */
@Entity(value = "once", useDiscriminator = false)
@Indexes(@Index(fields = {@Field(OnceEntity.TOPIC), @Field(OnceEntity.SUBJECT)}))
public class OnceEntity {
    /** The topic's field. */
    public static final String TOPIC = "topic";
    /** The subject's field. */
    public static final String SUBJECT = "subject";

    @Id
    String id;
    String topic;
    String subject;
    Instant at;

    /** For Morphia. */
    public OnceEntity() {
    }

    /** The id of a topic's subject: both, separated by a character neither holds in practice. */
    public static String idOf(String topic, String subject) {
        return topic + "\u0000" + subject;
    }

    /** The mark of a subject in a topic at a time. */
    public static OnceEntity of(String topic, String subject, Instant at) {
        OnceEntity entity = new OnceEntity();
        entity.id = idOf(topic, subject);
        entity.topic = topic;
        entity.subject = subject;
        entity.at = at;
        return entity;
    }

    /** The subject marked. */
    public String subject() {
        return subject;
    }
}
