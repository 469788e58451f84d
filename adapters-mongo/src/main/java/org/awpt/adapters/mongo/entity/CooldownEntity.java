package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import java.time.Instant;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;

/**
 * A user's cooldown for an action, one document per user and action. A free cooldown
 * ({@link Instant#MIN}, beyond what a BSON date holds) is stored without {@code until}.
 */
@Entity(value = "cooldowns", useDiscriminator = false)
public class CooldownEntity {
    @Id
    String id;
    String user;
    String action;
    int failures;
    Instant until;

    /** For Morphia. */
    public CooldownEntity() {
    }

    /** The document id of a user's cooldown for an action. */
    public static String idOf(DiscordUserId user, CooldownAction action) {
        return user.asString() + ":" + action.code();
    }

    /** The document of a cooldown. */
    public static CooldownEntity of(Cooldown cooldown) {
        CooldownEntity entity = new CooldownEntity();
        entity.id = idOf(cooldown.user(), cooldown.action());
        entity.user = cooldown.user().asString();
        entity.action = cooldown.action().code();
        entity.failures = cooldown.failures();
        entity.until = cooldown.until().equals(Instant.MIN) ? null : cooldown.until();
        return entity;
    }

    /** The cooldown this document describes. */
    public Cooldown toDomain() {
        return new Cooldown(LicenseKeyMapper.userOrNull(user), new CooldownAction(action), failures,
                until == null ? Instant.MIN : until);
    }
}
