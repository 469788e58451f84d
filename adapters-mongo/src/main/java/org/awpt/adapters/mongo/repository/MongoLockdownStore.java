package org.awpt.adapters.mongo.repository;

import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.LockdownEntity;
import org.awpt.application.port.LockdownStore;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/** Lockdown switches, one document per feature, replaced whole (the last switch wins). */
public final class MongoLockdownStore implements LockdownStore {
    private final Datastore datastore;

    /** A store in the datastore's {@code lockdowns}. */
    public MongoLockdownStore(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public Optional<Lockdown> find(Feature feature) {
        return Optional.ofNullable(datastore.find(LockdownEntity.class)
                .filter(dev.morphia.query.filters.Filters.eq("_id", feature.code())).first())
                .map(LockdownEntity::toDomain);
    }

    @Override
    public void save(Lockdown lockdown) {
        Upserts.replaceById(datastore, LockdownEntity.class, lockdown.feature().code(), LockdownEntity.of(lockdown));
    }

    @Override
    public List<Lockdown> all() {
        List<Lockdown> result = new ArrayList<>();
        try (var cursor = datastore.find(LockdownEntity.class).iterator(new FindOptions().sort(Sort.ascending("_id")))) {
            cursor.forEachRemaining(entity -> result.add(entity.toDomain()));
        }
        return result;
    }
}
