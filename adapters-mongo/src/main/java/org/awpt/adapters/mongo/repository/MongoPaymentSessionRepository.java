package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.in;
import static dev.morphia.query.filters.Filters.lt;
import static dev.morphia.query.filters.Filters.lte;

import dev.morphia.Datastore;
import dev.morphia.DeleteOptions;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.PaymentSessionEntity;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/** Manual payment sessions, one document each, changed by compare-and-set on the version (no transaction). */
public final class MongoPaymentSessionRepository implements PaymentSessionRepository {
    private final VersionedDocuments<PaymentSessionEntity> documents;

    /** A repository over the datastore's {@code paymentsessions}. */
    public MongoPaymentSessionRepository(Datastore datastore) {
        this.documents = new VersionedDocuments<>(datastore, PaymentSessionEntity.class, "payment session");
    }

    @Override
    public void insert(PaymentSession session) {
        documents.insert(PaymentSessionEntity.of(session), session.id().value());
    }

    @Override
    public boolean replace(PaymentSession next) {
        return documents.replace(PaymentSessionEntity.of(next), next.id().value(), next.version());
    }

    @Override
    public Optional<PaymentSession> find(SessionId id) {
        return documents.find(id.value()).map(PaymentSessionEntity::toDomain);
    }

    @Override
    public List<PaymentSession> openSessionsOf(DiscordUserId buyer) {
        return documents.list(documents.query().filter(eq(PaymentSessionEntity.BUYER, buyer.asString()),
                        in(PaymentSessionEntity.STATUS, List.of(SessionStatus.AWAITING_PROOF.wireName(),
                                SessionStatus.AWAITING_REVIEW.wireName()))),
                new FindOptions().sort(Sort.descending(PaymentSessionEntity.CREATED_AT), Sort.descending("_id")),
                PaymentSessionEntity::toDomain);
    }

    @Override
    public List<PaymentSession> withStatus(SessionStatus status, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return documents.list(documents.query().filter(eq(PaymentSessionEntity.STATUS, status.wireName())),
                new FindOptions().sort(Sort.ascending(PaymentSessionEntity.CREATED_AT), Sort.ascending("_id"))
                        .limit(limit),
                PaymentSessionEntity::toDomain);
    }

    @Override
    public int deleteSettledBefore(Instant cutoff) {
        List<String> settled = Arrays.stream(SessionStatus.values()).filter(SessionStatus::isFinal)
                .map(SessionStatus::wireName).toList();
        return (int) documents.query().filter(in(PaymentSessionEntity.STATUS, settled),
                        lt(PaymentSessionEntity.DECIDED_AT, cutoff))
                .delete(new DeleteOptions().multi(true)).getDeletedCount();
    }

    @Override
    public List<PaymentSession> awaitingProofSince(Instant updatedBefore, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return documents.list(documents.query().filter(
                        eq(PaymentSessionEntity.STATUS, SessionStatus.AWAITING_PROOF.wireName()),
                        lte(PaymentSessionEntity.UPDATED_AT, updatedBefore)),
                new FindOptions().sort(Sort.ascending(PaymentSessionEntity.UPDATED_AT), Sort.ascending("_id"))
                        .limit(limit),
                PaymentSessionEntity::toDomain);
    }
}
