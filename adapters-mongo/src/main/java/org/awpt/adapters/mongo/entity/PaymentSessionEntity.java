package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * A manual payment session, kept across restarts (the original kept them in memory). Changes are
 * whole-document replacements guarded by {@link #VERSION}: one document, one atomic write.
 */
@Entity(value = "paymentsessions", useDiscriminator = false)
@Indexes({
    @Index(fields = {@Field(PaymentSessionEntity.BUYER), @Field(PaymentSessionEntity.STATUS)}),
    @Index(fields = {@Field(PaymentSessionEntity.STATUS), @Field(PaymentSessionEntity.UPDATED_AT)}),
    @Index(fields = {@Field(PaymentSessionEntity.STATUS), @Field(PaymentSessionEntity.CREATED_AT)})
})
public class PaymentSessionEntity {
    /** The buyer's Discord id. */
    public static final String BUYER = "buyer";
    /** The status wire name. */
    public static final String STATUS = "status";
    /** When the session was opened. */
    public static final String CREATED_AT = "createdAt";
    /** The last change. */
    public static final String UPDATED_AT = "updatedAt";
    /** The compare-and-set version. */
    public static final String VERSION = "version";
    /** When the session was decided; absent while open. */
    public static final String DECIDED_AT = "decidedAt";

    @Id
    String id;
    String buyer;
    String type;
    String method;
    String methodUsed;
    String transactionId;
    String contact;
    String notes;
    String ticketChannel;
    String status;
    ProofEntity proof;
    Instant createdAt;
    Instant updatedAt;
    String decidedBy;
    Instant decidedAt;
    String reason;
    String deliveredKey;
    List<NoticeEntity> notices;
    long version;

    /** For Morphia. */
    public PaymentSessionEntity() {
    }

    /** The document of a session. */
    public static PaymentSessionEntity of(PaymentSession session) {
        PaymentSessionEntity entity = new PaymentSessionEntity();
        entity.id = session.id().value();
        entity.buyer = session.buyer().asString();
        entity.type = session.type().value();
        entity.method = session.method();
        entity.methodUsed = session.details().methodUsed();
        entity.transactionId = session.details().transactionId();
        entity.contact = session.details().contact();
        entity.notes = session.details().notes();
        entity.ticketChannel = session.ticketChannel();
        entity.status = session.status().wireName();
        entity.proof = ProofEntity.of(session.proof());
        entity.createdAt = session.createdAt();
        entity.updatedAt = session.updatedAt();
        entity.decidedBy = LicenseKeyMapper.idOrNull(session.decidedBy());
        entity.decidedAt = session.decidedAt();
        entity.reason = session.reason();
        entity.deliveredKey = session.deliveredKey() == null ? null : session.deliveredKey().value();
        entity.notices = new ArrayList<>();
        for (NoticeRef notice : session.notices()) {
            entity.notices.add(NoticeEntity.of(notice));
        }
        entity.version = session.version();
        return entity;
    }

    /** The session this document describes. */
    public PaymentSession toDomain() {
        List<NoticeRef> refs = new ArrayList<>();
        if (notices != null) {
            for (NoticeEntity notice : notices) {
                refs.add(notice.toDomain());
            }
        }
        return new PaymentSession(new SessionId(id), LicenseKeyMapper.userOrNull(buyer), new LicenseTypeCode(type),
                method, new PaymentDetails(methodUsed, transactionId, contact, notes), ticketChannel,
                SessionStatus.fromWireName(status), proof == null ? null : proof.toDomain(), createdAt, updatedAt,
                LicenseKeyMapper.userOrNull(decidedBy), decidedAt, reason,
                deliveredKey == null ? null : new KeyCode(deliveredKey), refs, version);
    }

    /** A stored proof's description, embedded in its session. */
    @Entity(useDiscriminator = false)
    public static class ProofEntity {
        String storageId;
        String format;
        long sizeBytes;
        Instant receivedAt;

        /** For Morphia. */
        public ProofEntity() {
        }

        static ProofEntity of(Proof proof) {
            if (proof == null) {
                return null;
            }
            ProofEntity entity = new ProofEntity();
            entity.storageId = proof.storageId();
            entity.format = proof.format().name();
            entity.sizeBytes = proof.sizeBytes();
            entity.receivedAt = proof.receivedAt();
            return entity;
        }

        Proof toDomain() {
            return new Proof(storageId, ProofFormat.valueOf(format), sizeBytes, receivedAt);
        }
    }

    /** Where a message about the session was posted. */
    @Entity(useDiscriminator = false)
    public static class NoticeEntity {
        String channelId;
        String messageId;

        /** For Morphia. */
        public NoticeEntity() {
        }

        static NoticeEntity of(NoticeRef notice) {
            NoticeEntity entity = new NoticeEntity();
            entity.channelId = notice.channelId();
            entity.messageId = notice.messageId();
            return entity;
        }

        NoticeRef toDomain() {
            return new NoticeRef(channelId, messageId);
        }
    }
}
