package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.IndexOptions;
import dev.morphia.annotations.Indexes;
import dev.morphia.annotations.Property;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * A license key as the original bot's Mongoose model stored it in {@code licensekeys}: same
 * collection, same field names and values; the fields AWPT adds are optional, so documents written
 * by the original read fine and documents written by AWPT still read in the original.
 *
 * <p>The unique index on {@code key} and the sparse unique index on {@code orderId} carry the
 * inventory's invariants (one document per code, at most one key per order): there are no
 * multi-document transactions anywhere.
 */
@Entity(value = LicenseKeyEntity.COLLECTION, useDiscriminator = false)
@Indexes({
    @Index(fields = @Field(LicenseKeyEntity.KEY), options = @IndexOptions(unique = true)),
    @Index(fields = @Field(LicenseKeyEntity.ORDER_ID), options = @IndexOptions(unique = true, sparse = true)),
    // Serves claims ({type, status: available}, no sort), counts and pages of one type and status.
    @Index(fields = {@Field(LicenseKeyEntity.TYPE), @Field(LicenseKeyEntity.STATUS),
        @Field(LicenseKeyEntity.CREATED_AT)}),
    @Index(fields = @Field(LicenseKeyEntity.HOLDER)),
    @Index(fields = @Field(LicenseKeyEntity.ROBLOX_USER)),
    @Index(fields = @Field(LicenseKeyEntity.USED_AT)),
    @Index(fields = {@Field(LicenseKeyEntity.STATUS), @Field(LicenseKeyEntity.EXPIRES_AT)})
})
public class LicenseKeyEntity {
    /** The original's collection. */
    public static final String COLLECTION = "licensekeys";
    /** The key code. */
    public static final String KEY = "key";
    /** The license type code ({@code weekly}, {@code monthly}). */
    public static final String TYPE = "type";
    /** The status wire name ({@code available}, {@code used}, {@code requested}, {@code revoked}). */
    public static final String STATUS = "status";
    /** When the key entered the inventory. */
    public static final String CREATED_AT = "createdAt";
    /** The holder's Discord id (a string, as in the original). */
    public static final String HOLDER = "discordUserId";
    /** The holder's Roblox id (a string, as in the original). */
    public static final String ROBLOX_USER = "robloxUserId";
    /** When the key was delivered. */
    public static final String USED_AT = "usedAt";
    /** When the license ends (absent on the original's documents). */
    public static final String EXPIRES_AT = "expiresAt";
    /** The order the key was handed out for (AWPT only). */
    public static final String ORDER_ID = "orderId";
    /** The support member who reserved the key. */
    public static final String REQUESTED_BY = "requestedBy";
    /** When the key was reserved. */
    public static final String REQUESTED_AT = "requestedAt";
    /** The admin who approved the reservation. */
    public static final String APPROVED_BY = "approvedBy";
    /** When the reservation was approved (AWPT only). */
    public static final String APPROVED_AT = "approvedAt";
    /** The delivery outbox (AWPT only). */
    public static final String DELIVERY = "delivery";
    /** When the key was revoked (AWPT only). */
    public static final String REVOKED_AT = "revokedAt";
    /** Who revoked it (AWPT only). */
    public static final String REVOKED_BY = "revokedBy";
    /** Why (AWPT only). */
    public static final String REVOKE_REASON = "revokeReason";
    /** Raised by every AWPT change; the compare-and-set guard of read-modify-write changes (AWPT only). */
    public static final String REVISION = "rev";
    /** Mongoose's version key, kept for the original. */
    public static final String MONGOOSE_VERSION = "__v";

    @Id
    ObjectId id;
    @Property(KEY)
    String key;
    @Property(TYPE)
    String type;
    @Property(STATUS)
    String status;
    @Property(REQUESTED_BY)
    String requestedBy;
    @Property(REQUESTED_AT)
    Instant requestedAt;
    @Property(APPROVED_BY)
    String approvedBy;
    @Property(APPROVED_AT)
    Instant approvedAt;
    @Property(HOLDER)
    String discordUserId;
    @Property(ROBLOX_USER)
    String robloxUserId;
    @Property(USED_AT)
    Instant usedAt;
    @Property(EXPIRES_AT)
    Instant expiresAt;
    @Property(CREATED_AT)
    Instant createdAt;
    @Property(ORDER_ID)
    String orderId;
    @Property(DELIVERY)
    DeliveryEntity delivery;
    @Property(REVOKED_AT)
    Instant revokedAt;
    @Property(REVOKED_BY)
    String revokedBy;
    @Property(REVOKE_REASON)
    String revokeReason;
    @Property(REVISION)
    Long rev;
    @Property(MONGOOSE_VERSION)
    Integer mongooseVersion;

    /** For Morphia. */
    public LicenseKeyEntity() {
    }

    /** The compare-and-set revision; 0 for documents AWPT never changed. */
    public long revision() {
        return rev == null ? 0 : rev;
    }

    /** Whether AWPT ever wrote this document (the original's documents have no revision). */
    public boolean hasRevision() {
        return rev != null;
    }

    /** The document id. */
    public ObjectId id() {
        return id;
    }

    /** The key code as stored (possibly malformed in an old database). */
    public String code() {
        return key;
    }

    /** The type code as stored. */
    public String typeCode() {
        return type;
    }

    /** The status wire name as stored. */
    public String statusName() {
        return status;
    }
}
