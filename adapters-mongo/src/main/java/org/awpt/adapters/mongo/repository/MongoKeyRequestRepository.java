package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;

import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.KeyRequestEntity;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/** Support key requests, one document each, changed by compare-and-set on the version (no transaction). */
public final class MongoKeyRequestRepository implements KeyRequestRepository {
    private final VersionedDocuments<KeyRequestEntity> documents;

    /** A repository over the datastore's {@code keyrequests}. */
    public MongoKeyRequestRepository(Datastore datastore) {
        this.documents = new VersionedDocuments<>(datastore, KeyRequestEntity.class, "key request");
    }

    @Override
    public void insert(KeyRequest request) {
        documents.insert(KeyRequestEntity.of(request), request.id().value());
    }

    @Override
    public boolean replace(KeyRequest next) {
        return documents.replace(KeyRequestEntity.of(next), next.id().value(), next.version());
    }

    @Override
    public Optional<KeyRequest> find(RequestId id) {
        return documents.find(id.value()).map(KeyRequestEntity::toDomain);
    }

    @Override
    public List<KeyRequest> withStatus(RequestStatus status, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return documents.list(documents.query().filter(eq(KeyRequestEntity.STATUS, status.wireName())),
                new FindOptions().sort(Sort.descending(KeyRequestEntity.REQUESTED_AT), Sort.descending("_id"))
                        .limit(limit),
                KeyRequestEntity::toDomain);
    }
}
