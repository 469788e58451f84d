package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.morphia.Datastore;
import dev.morphia.query.filters.Filter;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.bson.conversions.Bson;

/**
 * A key's moves after its claim (approval of a reservation, release, revocation, delivery told or
 * failed), each written back only if the key's revision is unchanged since it was read.
 */
final class KeyTransitions {
    private static final int MAX_WRITE_ATTEMPTS = 32;

    private final Datastore datastore;
    private final MongoCollection<LicenseKeyEntity> collection;
    private final LicenseKeyMapper mapper;

    KeyTransitions(Datastore datastore, LicenseKeyMapper mapper) {
        this.datastore = datastore;
        this.collection = datastore.getCollection(LicenseKeyEntity.class);
        this.mapper = mapper;
    }

    Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now) {
        return change(eq(LicenseKeyEntity.ORDER_ID, requestLine.value()), key -> key.approveReservation(admin, now));
    }

    Optional<LicenseKey> release(OrderId order) {
        try {
            return change(eq(LicenseKeyEntity.ORDER_ID, order.value()), LicenseKey::releaseToStock);
        } catch (IllegalTransitionException told) {
            return Optional.empty();
        }
    }

    Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now) {
        return change(KeyQueries.byCode(code), key -> key.revoke(admin, reason, now));
    }

    Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at) {
        return change(KeyQueries.byCode(code), key -> key.markTold(via, at));
    }

    Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at) {
        return change(KeyQueries.byCode(code), key -> key.markDeliveryFailed(at));
    }

    /**
     * Reads the key, lets the domain compute its next state (and refuse illegal moves), and writes
     * that state in one update conditioned on the revision read, retrying when someone else wrote
     * in between. An unchanged state is not written. The original's documents have no revision:
     * their first change is conditioned on its absence.
     */
    private Optional<LicenseKey> change(Filter selector, UnaryOperator<LicenseKey> transition) {
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            LicenseKeyEntity current = datastore.find(LicenseKeyEntity.class).filter(selector).first();
            if (current == null) {
                return Optional.empty();
            }
            LicenseKey before = mapper.toDomain(current);
            LicenseKey after = transition.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            Bson sameRevision = Filters.and(Filters.eq("_id", current.id()), current.hasRevision()
                    ? Filters.eq(LicenseKeyEntity.REVISION, current.revision())
                    : Filters.exists(LicenseKeyEntity.REVISION, false));
            LicenseKeyEntity written = collection.findOneAndUpdate(sameRevision,
                    mapper.stateUpdate(after, Updates.set(LicenseKeyEntity.REVISION, current.revision() + 1)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (written != null) {
                return Optional.of(mapper.toDomain(written));
            }
        }
        throw new IllegalStateException("a key kept changing while it was being updated; giving up after "
                + MAX_WRITE_ATTEMPTS + " tries");
    }
}
