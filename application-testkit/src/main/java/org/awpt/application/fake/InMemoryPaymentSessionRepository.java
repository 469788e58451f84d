package org.awpt.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/** Manual payment sessions in memory; thread-safe, compare-and-set on the version. */
public final class InMemoryPaymentSessionRepository implements PaymentSessionRepository, StoredRecords<PaymentSession> {
    private static final Comparator<PaymentSession> OLDEST_FIRST =
            Comparator.comparing(PaymentSession::createdAt).thenComparing(s -> s.id().value());
    private static final Comparator<PaymentSession> LEAST_RECENTLY_UPDATED_FIRST =
            Comparator.comparing(PaymentSession::updatedAt).thenComparing(s -> s.id().value());

    private final VersionedRecords<SessionId, PaymentSession> sessions =
            new VersionedRecords<>("payment session", PaymentSession::id, PaymentSession::version);

    @Override
    public void insert(PaymentSession session) {
        sessions.insert(session);
    }

    @Override
    public boolean replace(PaymentSession next) {
        return sessions.replace(next);
    }

    @Override
    public Optional<PaymentSession> find(SessionId id) {
        return sessions.find(id);
    }

    @Override
    public List<PaymentSession> openSessionsOf(DiscordUserId buyer) {
        Objects.requireNonNull(buyer, "buyer");
        return sessions.select(s -> s.buyer().equals(buyer) && s.isOpen(), OLDEST_FIRST.reversed(), Integer.MAX_VALUE);
    }

    @Override
    public List<PaymentSession> withStatus(SessionStatus status, int limit) {
        Objects.requireNonNull(status, "status");
        return sessions.select(s -> s.status() == status, OLDEST_FIRST, limit);
    }

    @Override
    public List<PaymentSession> awaitingProofSince(Instant updatedBefore, int limit) {
        Objects.requireNonNull(updatedBefore, "updatedBefore");
        return sessions.select(s -> s.status() == SessionStatus.AWAITING_PROOF && !s.updatedAt().isAfter(updatedBefore),
                LEAST_RECENTLY_UPDATED_FIRST, limit);
    }

    @Override
    public int deleteSettledBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return sessions.deleteIf(s -> s.status().isFinal() && s.decidedAt().isBefore(cutoff));
    }

    @Override
    public RecordScan exportAll(Consumer<? super PaymentSession> sink) {
        return sessions.exportAll(sink, Comparator.comparing(s -> s.id().value()));
    }

    @Override
    public CopyOutcome importPreserving(List<? extends PaymentSession> records) {
        return sessions.importPreserving(records);
    }
}
