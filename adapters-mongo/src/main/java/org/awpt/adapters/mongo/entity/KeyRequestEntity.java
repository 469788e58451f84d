package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import java.util.List;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/** A support key request; replaced whole, guarded by its version. */
@Entity(value = "keyrequests", useDiscriminator = false)
@Indexes(@Index(fields = {@Field(KeyRequestEntity.STATUS), @Field(KeyRequestEntity.REQUESTED_AT)}))
public class KeyRequestEntity {
    /** The status wire name. */
    public static final String STATUS = "status";
    /** When the request was made. */
    public static final String REQUESTED_AT = "requestedAt";
    /** The compare-and-set version. */
    public static final String VERSION = "version";

    @Id
    String id;
    String requester;
    String type;
    List<String> keys;
    String reason;
    String status;
    Instant requestedAt;
    String decidedBy;
    Instant decidedAt;
    long version;

    /** For Morphia. */
    public KeyRequestEntity() {
    }

    /** The document of a request. */
    public static KeyRequestEntity of(KeyRequest request) {
        KeyRequestEntity entity = new KeyRequestEntity();
        entity.id = request.id().value();
        entity.requester = request.requester().asString();
        entity.type = request.type().value();
        entity.keys = request.keys().stream().map(KeyCode::value).toList();
        entity.reason = request.reason();
        entity.status = request.status().wireName();
        entity.requestedAt = request.requestedAt();
        entity.decidedBy = LicenseKeyMapper.idOrNull(request.decidedBy());
        entity.decidedAt = request.decidedAt();
        entity.version = request.version();
        return entity;
    }

    /** The request this document describes. */
    public KeyRequest toDomain() {
        return new KeyRequest(new RequestId(id), LicenseKeyMapper.userOrNull(requester), new LicenseTypeCode(type),
                keys.stream().map(KeyCode::new).toList(), reason, RequestStatus.fromWireName(status), requestedAt,
                LicenseKeyMapper.userOrNull(decidedBy), decidedAt, version);
    }
}
