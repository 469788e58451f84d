package org.awpt.adapters.mongo.repository;

import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import dev.morphia.query.filters.Filters;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.ProofDocument;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.bson.types.ObjectId;

/**
 * Proofs of payment kept by AWPT itself, one size-capped binary document each, since Discord's
 * attachment links expire. The cap keeps every document far below MongoDB's 16 MiB limit.
 */
public final class MongoProofStore implements ProofStore {
    /** The largest proof stored: 8 MiB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private final Datastore datastore;
    private final Clock clock;

    /** A store in the datastore's {@code proofs}. */
    public MongoProofStore(Datastore datastore, Clock clock) {
        this.datastore = datastore;
        this.clock = clock;
    }

    @Override
    public String store(SessionId session, ProofFormat format, byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("a stored proof is 1 byte to " + MAX_BYTES + " bytes");
        }
        String id = new ObjectId().toHexString();
        datastore.insert(ProofDocument.of(id, session.value(), format.name(), bytes, clock.instant()));
        return id;
    }

    @Override
    public List<ProofRef> storedBefore(Instant cutoff, String afterStorageId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return datastore.find(ProofDocument.class)
                .filter(Filters.lt(ProofDocument.STORED_AT, cutoff), Filters.gt("_id", afterStorageId == null ? "" : afterStorageId))
                .iterator(new FindOptions().projection().exclude(ProofDocument.BYTES).sort(Sort.ascending("_id"))
                        .limit(limit))
                .toList().stream().map(ProofDocument::toRef).toList();
    }

    @Override
    public boolean delete(String storageId) {
        return datastore.find(ProofDocument.class).filter(Filters.eq("_id", storageId)).delete().getDeletedCount() == 1;
    }

    @Override
    public Optional<byte[]> load(String storageId) {
        if (storageId == null || !ObjectId.isValid(storageId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(datastore.find(ProofDocument.class)
                .filter(dev.morphia.query.filters.Filters.eq("_id", storageId)).first()).map(ProofDocument::bytes);
    }
}
