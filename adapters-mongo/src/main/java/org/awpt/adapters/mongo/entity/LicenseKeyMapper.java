package org.awpt.adapters.mongo.entity;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
import org.bson.Document;
import org.bson.conversions.Bson;
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
     * time, the document id and Mongoose's {@code __v} stay as they are; {@code revision} moves the
     * compare-and-set revision. A plain driver update (no Morphia query building): it is the claim's
     * hot path.
     */
    public Bson stateUpdate(LicenseKey next, Bson revision) {
        Document set = new Document(LicenseKeyEntity.STATUS, next.status().wireName());
        Document unset = new Document();
        put(set, unset, LicenseKeyEntity.REQUESTED_BY, idOrNull(next.requestedBy()));
        put(set, unset, LicenseKeyEntity.REQUESTED_AT, date(next.requestedAt()));
        put(set, unset, LicenseKeyEntity.APPROVED_BY, idOrNull(next.approvedBy()));
        put(set, unset, LicenseKeyEntity.APPROVED_AT, date(next.approvedAt()));
        put(set, unset, LicenseKeyEntity.HOLDER, idOrNull(next.holder()));
        put(set, unset, LicenseKeyEntity.ROBLOX_USER, next.robloxUser() == null ? null : next.robloxUser().asString());
        put(set, unset, LicenseKeyEntity.USED_AT, date(next.usedAt()));
        put(set, unset, LicenseKeyEntity.EXPIRES_AT, date(next.expiresAt()));
        // Absent, never null: the sparse unique index skips absent order ids only.
        put(set, unset, LicenseKeyEntity.ORDER_ID, next.orderId() == null ? null : next.orderId().value());
        put(set, unset, LicenseKeyEntity.DELIVERY, deliveryDocument(next.delivery()));
        put(set, unset, LicenseKeyEntity.REVOKED_AT, date(next.revokedAt()));
        put(set, unset, LicenseKeyEntity.REVOKED_BY, idOrNull(next.revokedBy()));
        put(set, unset, LicenseKeyEntity.REVOKE_REASON, next.revokeReason());
        List<Bson> parts = new ArrayList<>();
        parts.add(new Document("$set", set));
        if (!unset.isEmpty()) {
            parts.add(new Document("$unset", unset));
        }
        parts.add(revision);
        return Updates.combine(parts);
    }

    private static void put(Document set, Document unset, String field, Object value) {
        if (value == null) {
            unset.append(field, "");
        } else {
            set.append(field, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Document deliveryDocument(Delivery delivery) {
        if (delivery == null) {
            return null;
        }
        Document document = new Document("attempts", delivery.attempts());
        if (delivery.toldAt() != null) {
            document.append(DeliveryEntity.TOLD_AT, Date.from(delivery.toldAt()))
                    .append("channel", delivery.channel().name());
        }
        if (delivery.lastAttemptAt() != null) {
            document.append("lastAttemptAt", Date.from(delivery.lastAttemptAt()));
        }
        if (delivery.ticketChannel() != null) {
            document.append("ticketChannel", delivery.ticketChannel());
        }
        return document;
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
