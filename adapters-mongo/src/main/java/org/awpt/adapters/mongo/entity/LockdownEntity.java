package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import java.time.Instant;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/** A lockdown switch, one document per feature (the feature code is the id). */
@Entity(value = "lockdowns", useDiscriminator = false)
public class LockdownEntity {
    @Id
    String feature;
    boolean locked;
    String changedBy;
    Instant changedAt;
    String reason;

    /** For Morphia. */
    public LockdownEntity() {
    }

    /** The document of a switch. */
    public static LockdownEntity of(Lockdown lockdown) {
        LockdownEntity entity = new LockdownEntity();
        entity.feature = lockdown.feature().code();
        entity.locked = lockdown.locked();
        entity.changedBy = lockdown.changedBy().asString();
        entity.changedAt = lockdown.changedAt();
        entity.reason = lockdown.reason();
        return entity;
    }

    /** The switch this document describes. */
    public Lockdown toDomain() {
        return new Lockdown(new Feature(feature), locked, LicenseKeyMapper.userOrNull(changedBy), changedAt, reason);
    }
}
