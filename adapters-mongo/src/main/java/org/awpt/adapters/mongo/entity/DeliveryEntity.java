package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Property;
import java.time.Instant;

/** The delivery outbox of a key, embedded in its document so the claim and the outbox are one write. */
@Entity(useDiscriminator = false)
public class DeliveryEntity {
    /** When the holder was told; absent while pending. */
    public static final String TOLD_AT = "toldAt";

    @Property(TOLD_AT)
    Instant toldAt;
    String channel;
    int attempts;
    Instant lastAttemptAt;
    String ticketChannel;

    /** For Morphia. */
    public DeliveryEntity() {
    }
}
