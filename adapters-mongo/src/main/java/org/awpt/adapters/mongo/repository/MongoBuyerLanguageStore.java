package org.awpt.adapters.mongo.repository;

import dev.morphia.Datastore;
import java.util.Objects;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.BuyerLanguageEntity;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/** Buyers' languages, one document per buyer, replaced whole (the last write wins). */
public final class MongoBuyerLanguageStore implements BuyerLanguageStore {
    private final Datastore datastore;

    /** A store in the datastore's {@code buyer_languages}. */
    public MongoBuyerLanguageStore(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public Optional<BuyerLanguage> find(DiscordUserId buyer) {
        return Optional.ofNullable(datastore.find(BuyerLanguageEntity.class)
                .filter(dev.morphia.query.filters.Filters.eq("_id", buyer.asString())).first())
                .map(BuyerLanguageEntity::toDomain);
    }

    @Override
    public void save(DiscordUserId buyer, BuyerLanguage language) {
        Objects.requireNonNull(language, "language");
        Upserts.replaceById(datastore, BuyerLanguageEntity.class, buyer.asString(), BuyerLanguageEntity.of(buyer, language));
    }
}
