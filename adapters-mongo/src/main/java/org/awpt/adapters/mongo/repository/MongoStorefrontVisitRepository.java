package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.exists;
import static dev.morphia.query.filters.Filters.lt;

import dev.morphia.Datastore;
import dev.morphia.DeleteOptions;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.StorefrontVisitEntity;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;

/** Storefront visits, one document each, changed by compare-and-set on the version (no transaction). */
public final class MongoStorefrontVisitRepository implements StorefrontVisitRepository {
    private final VersionedDocuments<StorefrontVisitEntity> documents;

    /** A repository over the datastore's {@code storefrontvisits}. */
    public MongoStorefrontVisitRepository(Datastore datastore) {
        this.documents = new VersionedDocuments<>(datastore, StorefrontVisitEntity.class, "storefront visit");
    }

    @Override
    public void insert(StorefrontVisit visit) {
        documents.insert(StorefrontVisitEntity.of(visit), visit.id());
    }

    @Override
    public boolean replace(StorefrontVisit next) {
        return documents.replace(StorefrontVisitEntity.of(next), next.id(), next.version());
    }

    @Override
    public Optional<StorefrontVisit> find(String id) {
        return documents.find(id).map(StorefrontVisitEntity::toDomain);
    }

    @Override
    public int deleteOpenedBefore(Instant cutoff) {
        return (int) documents.query().filter(lt(StorefrontVisitEntity.OPENED_AT, cutoff))
                .delete(new DeleteOptions().multi(true)).getDeletedCount();
    }

    @Override
    public List<StorefrontVisit> openVisitsOf(DiscordUserId buyer) {
        return documents.list(documents.query().filter(eq(StorefrontVisitEntity.BUYER, buyer.asString()),
                        exists(StorefrontVisitEntity.CANCELLED_AT).not()),
                new FindOptions().sort(Sort.descending(StorefrontVisitEntity.OPENED_AT), Sort.descending("_id")),
                StorefrontVisitEntity::toDomain);
    }
}
