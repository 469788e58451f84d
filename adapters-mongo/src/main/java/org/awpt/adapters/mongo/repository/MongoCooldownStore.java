package org.awpt.adapters.mongo.repository;

import dev.morphia.Datastore;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.CooldownEntity;
import org.awpt.application.port.CooldownStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;

/** Cooldowns, one document per user and action, replaced whole (the last write wins). */
public final class MongoCooldownStore implements CooldownStore {
    private final Datastore datastore;

    /** A store in the datastore's {@code cooldowns}. */
    public MongoCooldownStore(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public Optional<Cooldown> find(DiscordUserId user, CooldownAction action) {
        return Optional.ofNullable(datastore.find(CooldownEntity.class)
                .filter(dev.morphia.query.filters.Filters.eq("_id", CooldownEntity.idOf(user, action))).first())
                .map(CooldownEntity::toDomain);
    }

    @Override
    public void save(Cooldown cooldown) {
        Upserts.replaceById(datastore, CooldownEntity.class, CooldownEntity.idOf(cooldown.user(), cooldown.action()),
                CooldownEntity.of(cooldown));
    }
}
