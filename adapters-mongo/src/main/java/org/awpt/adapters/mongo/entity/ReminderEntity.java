package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import java.time.Instant;

/** An expiry reminder that was sent: one document per key (the key code is the id, so it is sent once). */
@Entity(value = "reminders", useDiscriminator = false)
public class ReminderEntity {
    @Id
    String key;
    Instant sentAt;

    /** For Morphia. */
    public ReminderEntity() {
    }

    /** The document of a reminder sent for a key at a time. */
    public static ReminderEntity of(String key, Instant sentAt) {
        ReminderEntity entity = new ReminderEntity();
        entity.key = key;
        entity.sentAt = sentAt;
        return entity;
    }

    /** When it was sent. */
    public Instant sentAt() {
        return sentAt;
    }
}
