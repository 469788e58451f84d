package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.license.LicenseTypeCode;

/** A buyer sent to the external storefront; replaced whole, guarded by its version. */
@Entity(value = "storefrontvisits", useDiscriminator = false)
@Indexes(@Index(fields = {@Field(StorefrontVisitEntity.BUYER), @Field(StorefrontVisitEntity.CANCELLED_AT)}))
public class StorefrontVisitEntity {
    /** The buyer's Discord id. */
    public static final String BUYER = "buyer";
    /** When the visit was cancelled; absent while open. */
    public static final String CANCELLED_AT = "cancelledAt";
    /** When the visit was opened. */
    public static final String OPENED_AT = "openedAt";
    /** The compare-and-set version. */
    public static final String VERSION = "version";

    @Id
    String id;
    String buyer;
    String type;
    String method;
    String link;
    Instant openedAt;
    Instant cancelledAt;
    long version;

    /** For Morphia. */
    public StorefrontVisitEntity() {
    }

    /** The document of a visit. */
    public static StorefrontVisitEntity of(StorefrontVisit visit) {
        StorefrontVisitEntity entity = new StorefrontVisitEntity();
        entity.id = visit.id();
        entity.buyer = visit.buyer().asString();
        entity.type = visit.type().value();
        entity.method = visit.method();
        entity.link = visit.link();
        entity.openedAt = visit.openedAt();
        entity.cancelledAt = visit.cancelledAt();
        entity.version = visit.version();
        return entity;
    }

    /** The visit this document describes. */
    public StorefrontVisit toDomain() {
        return new StorefrontVisit(id, LicenseKeyMapper.userOrNull(buyer), new LicenseTypeCode(type), method, link,
                openedAt, cancelledAt, version);
    }
}
