package org.awpt.application.manual;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;

/**
 * What is kept of a manual payment, read by its buyer or an admin ({@link ManualPaymentUseCase#view},
 * {@link ManualPaymentUseCase#proof}), and where its messages were posted
 * ({@link ManualPaymentUseCase#recordNotice}).
 */
public final class PaymentRecords {
    private final SessionBook book;
    private final ProofStore proofs;
    private final Authorization authorization;

    /** Sessions and their proofs, read as this authorization allows. */
    public PaymentRecords(PaymentSessionRepository sessions, ProofStore proofs, Authorization authorization,
            Clock clock) {
        this.book = new SessionBook(sessions, clock);
        this.proofs = Objects.requireNonNull(proofs, "proofs");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    /** See {@link ManualPaymentUseCase#recordNotice}. */
    public PaymentSession recordNotice(SessionId id, NoticeRef notice) {
        Objects.requireNonNull(notice, "notice");
        return book.withNotices(book.load(id), List.of(notice));
    }

    /** See {@link ManualPaymentUseCase#view}. */
    public PaymentSession view(Requester requester, SessionId id) {
        PaymentSession session = book.load(id);
        SessionBook.requireBuyerOrAdmin(authorization.actor(requester), session, "view another buyer's payment");
        return session;
    }

    /** See {@link ManualPaymentUseCase#proof}. */
    public byte[] proof(Requester requester, SessionId id) {
        PaymentSession session = view(requester, id);
        if (session.proof() == null) {
            throw new NotFoundException("payment proof", id.value());
        }
        return proofs.load(session.proof().storageId())
                .orElseThrow(() -> new NotFoundException("payment proof", id.value()));
    }
}
