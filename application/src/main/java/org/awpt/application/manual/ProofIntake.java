package org.awpt.application.manual;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * A buyer's proof of payment taken in, within the shop's proof policy and daily proof bytes, and put
 * up for the admins' review: {@link ManualPaymentUseCase#attachProof} and
 * {@link ManualPaymentUseCase#expectProof}.
 */
public final class ProofIntake {
    private static final System.Logger LOG = System.getLogger(ProofIntake.class.getName());
    /** The most proof uploads of one buyer counted against their daily proof bytes. */
    private static final int PROOFS_COUNTED = 1_000;

    private final ShopSettings settings;
    private final SessionBook book;
    private final ProofStore proofs;
    private final AdminNotifier admins;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;

    /** Proofs kept in this store, the admins told through this notifier. */
    public ProofIntake(ShopSettings settings, PaymentSessionRepository sessions, ProofStore proofs,
            AdminNotifier admins, Authorization authorization, Auditor auditor, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.book = new SessionBook(sessions, clock);
        this.proofs = Objects.requireNonNull(proofs, "proofs");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** See {@link ManualPaymentUseCase#attachProof}. */
    public PaymentSession attachProof(AttachProof cmd) {
        Actor actor = authorization.actor(cmd.requester());
        // Checked before storing, so a late upload leaves no orphan proof behind.
        PaymentSession session = awaitingProofOf(actor, cmd.session());
        ProofFormat format = settings.proofPolicy().check(cmd.bytes());
        Instant now = clock.instant();
        requireProofRoom(actor.userId("attach a proof"), cmd.bytes().length, now);
        String storageId = proofs.store(session.id(), format, cmd.bytes());
        Proof proof = new Proof(storageId, format, cmd.bytes().length, now);
        PaymentSession next = book.change(session.id(), current -> current.attachProof(actor, proof, now));
        auditor.record(actor.id(), AuditAction.PROOF_ATTACHED, next.id().value(),
                Map.of("format", format.contentType(), "size", Integer.toString(cmd.bytes().length)));
        // The notifier returns where it posted; recorded here so a decision edits every copy, also after a restart.
        List<NoticeRef> posted = admins.paymentAwaitingReview(next, cmd.bytes());
        try {
            return book.withNotices(next, posted);
        } catch (RuntimeException e) {
            // The proof is stored and admins were told: only editing those copies after the decision is lost.
            LOG.log(Level.ERROR, "could not remember the notices " + posted + " of payment " + next.id(), e);
            return next;
        }
    }

    /** See {@link ManualPaymentUseCase#expectProof}. */
    public ProofExpectation expectProof(Requester requester, SessionId id) {
        PaymentSession session = awaitingProofOf(authorization.actor(requester), id);
        return new ProofExpectation(session, clock.instant().plus(ManualPaymentUseCase.PROOF_UPLOAD_WAIT));
    }

    /** The session, if it is the actor's own and awaits its proof. */
    private PaymentSession awaitingProofOf(Actor actor, SessionId id) {
        PaymentSession session = book.load(id);
        if (!actor.id().equals(session.buyer())) {
            throw new NotAuthorizedException(actor.id(), "attach proof to another buyer's payment");
        }
        SessionBook.requireStatus(session, SessionStatus.AWAITING_PROOF, "take another proof");
        return session;
    }

    /** Refuses a proof that would take the buyer past their proof bytes of the last 24 hours (read from the audit log). */
    private void requireProofRoom(DiscordUserId buyer, long size, Instant now) {
        long max = settings.limits().proofBytesPerBuyerPerDay();
        Instant since = now.minus(Duration.ofHours(24));
        long uploaded = auditor.recent(new AuditQuery(Optional.of(buyer), Optional.of(AuditAction.PROOF_ATTACHED),
                PROOFS_COUNTED)).stream().filter(event -> event.at().isAfter(since))
                .mapToLong(event -> Long.parseLong(event.details().getOrDefault("size", "0"))).sum();
        if (uploaded + size > max) {
            throw new ProofQuotaExceededException(uploaded, size, max);
        }
    }
}
