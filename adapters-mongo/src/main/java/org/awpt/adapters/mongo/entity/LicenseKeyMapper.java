package org.awpt.adapters.mongo.entity;

import static dev.morphia.query.updates.UpdateOperators.set;
import static dev.morphia.query.updates.UpdateOperators.unset;

import dev.morphia.query.updates.UpdateOperator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.Delivery;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.types.ObjectId;

/**
 * Translates keys between the domain and the original bot's document shape, filling in what the
 * original never stored: a used key without {@code expiresAt} expires its type's validity after
 * {@code usedAt}, a document without {@code createdAt} was created when its id was.
 */
public final class LicenseKeyMapper {
    private final LicenseTypeCatalog types;

    /** A mapper that reads legacy expiry from the catalog's validities. */
    public LicenseKeyMapper(LicenseTypeCatalog types) {
        this.types = types;
    }

    /** A new document for a key entering the inventory. */
    public LicenseKeyEntity newDocument(LicenseKey key) {
        LicenseKeyEntity entity = new LicenseKeyEntity();
        entity.id = new ObjectId();
        entity.key = key.code().value();
        entity.type = key.type().value();
        entity.status = key.status().wireName();
        entity.createdAt = key.createdAt();
        entity.requestedBy = idOrNull(key.requestedBy());
        entity.requestedAt = key.requestedAt();
        entity.approvedBy = idOrNull(key.approvedBy());
        entity.approvedAt = key.approvedAt();
        entity.discordUserId = idOrNull(key.holder());
        entity.robloxUserId = key.robloxUser() == null ? null : key.robloxUser().asString();
        entity.usedAt = key.usedAt();
        entity.expiresAt = key.expiresAt();
        entity.orderId = key.orderId() == null ? null : key.orderId().value();
        entity.delivery = toEntity(key.delivery());
        entity.revokedAt = key.revokedAt();
        entity.revokedBy = idOrNull(key.revokedBy());
        entity.revokeReason = key.revokeReason();
        entity.rev = 0L;
        entity.mongooseVersion = 0;
        return entity;
    }

    /** The domain key a stored document describes. */
    public LicenseKey toDomain(LicenseKeyEntity entity) {
        KeyCode code = new KeyCode(entity.key);
        LicenseTypeCode type = new LicenseTypeCode(entity.type);
        KeyStatus status = KeyStatus.fromWireName(entity.status);
        Instant createdAt = entity.createdAt != null ? entity.createdAt
                : entity.id != null ? entity.id.getDate().toInstant() : Instant.EPOCH;
        if (status == KeyStatus.AVAILABLE) {
            // The original left stale fields behind on keys put back in stock; a key in stock has none.
            return LicenseKey.inStock(code, type, createdAt);
        }
        Instant usedAt = entity.usedAt;
        Instant expiresAt = entity.expiresAt;
        if (status == KeyStatus.USED && usedAt == null) {
            usedAt = createdAt;
        }
        if (usedAt != null && expiresAt == null) {
            expiresAt = legacyExpiry(type, usedAt);
        }
        Instant requestedAt = entity.requestedAt;
        if (status == KeyStatus.REQUESTED && requestedAt == null) {
            requestedAt = createdAt;
        }
        return new LicenseKey(code, type, status, createdAt, userOrNull(entity.requestedBy), requestedAt,
                userOrNull(entity.approvedBy), entity.approvedAt, userOrNull(entity.discordUserId),
                entity.robloxUserId == null ? null : RobloxUserId.parse(entity.robloxUserId), usedAt, expiresAt,
                entity.orderId == null ? null : new OrderId(entity.orderId), toDomain(entity.delivery),
                entity.revokedAt, userOrNull(entity.revokedBy), entity.revokeReason);
    }

    /** When a key the original sold expires: its type's validity after its use, or at once for an unknown type. */
    public Instant legacyExpiry(LicenseTypeCode type, Instant usedAt) {
        return types.find(type).map(LicenseType::validity).map(usedAt::plus).orElse(usedAt);
    }

    /**
     * The update that makes a stored key's document describe {@code next}: every field AWPT manages
     * is set or removed, so nothing of the previous state lingers. The code, the type, the creation
     * time, the document id and Mongoose's {@code __v} stay as they are; the caller moves the revision.
     */
    public List<UpdateOperator> stateUpdate(LicenseKey next) {
        List<UpdateOperator> updates = new ArrayList<>();
        updates.add(set(LicenseKeyEntity.STATUS, next.status().wireName()));
        put(updates, LicenseKeyEntity.REQUESTED_BY, idOrNull(next.requestedBy()));
        put(updates, LicenseKeyEntity.REQUESTED_AT, next.requestedAt());
        put(updates, LicenseKeyEntity.APPROVED_BY, idOrNull(next.approvedBy()));
        put(updates, LicenseKeyEntity.APPROVED_AT, next.approvedAt());
        put(updates, LicenseKeyEntity.HOLDER, idOrNull(next.holder()));
        put(updates, LicenseKeyEntity.ROBLOX_USER, next.robloxUser() == null ? null : next.robloxUser().asString());
        put(updates, LicenseKeyEntity.USED_AT, next.usedAt());
        put(updates, LicenseKeyEntity.EXPIRES_AT, next.expiresAt());
        // Absent, never null: the sparse unique index skips absent order ids only.
        put(updates, LicenseKeyEntity.ORDER_ID, next.orderId() == null ? null : next.orderId().value());
        put(updates, LicenseKeyEntity.DELIVERY, toEntity(next.delivery()));
        put(updates, LicenseKeyEntity.REVOKED_AT, next.revokedAt());
        put(updates, LicenseKeyEntity.REVOKED_BY, idOrNull(next.revokedBy()));
        put(updates, LicenseKeyEntity.REVOKE_REASON, next.revokeReason());
        return updates;
    }

    private static void put(List<UpdateOperator> updates, String field, Object value) {
        updates.add(value == null ? unset(field) : set(field, value));
    }

    private static DeliveryEntity toEntity(Delivery delivery) {
        if (delivery == null) {
            return null;
        }
        DeliveryEntity entity = new DeliveryEntity();
        entity.toldAt = delivery.toldAt();
        entity.channel = delivery.channel() == null ? null : delivery.channel().name();
        entity.attempts = delivery.attempts();
        entity.lastAttemptAt = delivery.lastAttemptAt();
        entity.ticketChannel = delivery.ticketChannel();
        return entity;
    }

    private static Delivery toDomain(DeliveryEntity entity) {
        if (entity == null) {
            return null;
        }
        return new Delivery(entity.toldAt, entity.channel == null ? null : DeliveryChannel.valueOf(entity.channel),
                entity.attempts, entity.lastAttemptAt, entity.ticketChannel);
    }

    static String idOrNull(DiscordUserId id) {
        return id == null ? null : id.asString();
    }

    static DiscordUserId userOrNull(String id) {
        return id == null ? null : DiscordUserId.parse(id);
    }
}
