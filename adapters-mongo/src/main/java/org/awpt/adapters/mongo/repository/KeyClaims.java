package org.awpt.adapters.mongo.repository;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.conversions.Bson;

/**
 * Takes a key out of stock for an order (a sale's claim or a key request's reservation) in one
 * {@code findOneAndUpdate}, idempotently per order.
 */
final class KeyClaims {
    /** A malformed code left in an old database is never sold: AWPT could not read it back. */
    private static final Pattern WELL_FORMED_CODE = Pattern.compile("^" + KeyCode.FORM_REGEX + "$");

    private final MongoCollection<LicenseKeyEntity> collection;
    private final LicenseKeyMapper mapper;
    private final KeyQueries queries;

    KeyClaims(MongoCollection<LicenseKeyEntity> collection, LicenseKeyMapper mapper, KeyQueries queries) {
        this.collection = collection;
        this.mapper = mapper;
        this.queries = queries;
    }

    Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        LicenseKey next = LicenseKey.stateOfClaim(order, now);
        return takeFromStock(order.orderId(), order.type().code(), next);
    }

    Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester, Instant now) {
        LicenseKey next = LicenseKey.stateOfReservation(requestLine, type, requester, now);
        return takeFromStock(requestLine, type, next);
    }

    /**
     * One {@code findOneAndUpdate} of any well-formed key of the type in stock, without a sort (a
     * sort would make the server order the whole stock per claim). The sparse unique index on the
     * order id makes the server refuse (11000) a second key for an order that has one, whether the
     * claim is a retry or runs concurrently: the order's key is then returned as it is. When no key is
     * available, the order may still have one from an earlier claim.
     */
    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, LicenseKey next) {
        Bson inStock = Filters.and(Filters.eq(LicenseKeyEntity.TYPE, type.value()),
                Filters.eq(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName()),
                Filters.regex(LicenseKeyEntity.KEY, WELL_FORMED_CODE));
        LicenseKeyEntity taken;
        try {
            taken = collection.findOneAndUpdate(inStock,
                    mapper.stateUpdate(next, Updates.inc(LicenseKeyEntity.REVISION, 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        } catch (MongoException e) {
            if (!Duplicates.isDuplicateKey(e)) {
                throw e;
            }
            return Optional.of(queries.findByOrder(order).orElseThrow(() -> e));
        }
        return taken != null ? Optional.of(mapper.toDomain(taken)) : queries.findByOrder(order);
    }
}
