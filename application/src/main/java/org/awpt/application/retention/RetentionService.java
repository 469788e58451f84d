package org.awpt.application.retention;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.payment.PaymentSession;

/**
 * Deletes, by age, what the {@link RetentionPolicy} no longer keeps. Each deletion is of one record or
 * one set of records by a condition, with no transaction across them: a round cut short is finished by
 * the next one. Proofs go first, so sessions (kept at least as long) never leave a proof without its session,
 * and a proof left behind by an earlier build (its session gone) is deleted too.
 */
public final class RetentionService implements RetentionUseCase {
    /** Proofs looked at per store call. */
    static final int PROOF_PAGE = 200;
    private static final System.Logger LOG = System.getLogger(RetentionService.class.getName());

    private final RetentionPolicy policy;
    private final ProofStore proofs;
    private final PaymentSessionRepository sessions;
    private final StorefrontVisitRepository visits;
    private final AuditLog audit;
    private final Clock clock;

    /** A service applying this policy to these stores, by this clock. */
    public RetentionService(RetentionPolicy policy, ProofStore proofs, PaymentSessionRepository sessions,
            StorefrontVisitRepository visits, AuditLog audit, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.proofs = Objects.requireNonNull(proofs, "proofs");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RetentionReport purge() {
        Instant now = clock.instant();
        Instant proofCutoff = now.minus(policy.proofs());
        int proofCount = logged(purgeProofs(proofCutoff), "proofs of payments decided before", proofCutoff);
        Instant sessionCutoff = now.minus(policy.sessions());
        int sessionCount = logged(sessions.deleteSettledBefore(sessionCutoff), "payment sessions settled before",
                sessionCutoff);
        Instant visitCutoff = now.minus(policy.storefrontVisits());
        int visitCount = logged(visits.deleteOpenedBefore(visitCutoff), "storefront visits opened before",
                visitCutoff);
        Instant auditCutoff = now.minus(policy.audit());
        int auditCount = logged(audit.deleteBefore(auditCutoff), "audit events from before", auditCutoff);
        return new RetentionReport(proofCount, sessionCount, visitCount, auditCount);
    }

    /** Deletes every proof stored before the cutoff whose payment was decided before it too, or is gone. */
    private int purgeProofs(Instant cutoff) {
        int deleted = 0;
        String after = null;
        List<ProofRef> page;
        do {
            page = proofs.storedBefore(cutoff, after, PROOF_PAGE);
            for (ProofRef proof : page) {
                if (expired(sessions.find(proof.session()), cutoff) && proofs.delete(proof.storageId())) {
                    deleted++;
                }
                after = proof.storageId();
            }
        } while (page.size() == PROOF_PAGE);
        return deleted;
    }

    /** A proof may go once its payment was decided before the cutoff; an open payment keeps it. */
    private static boolean expired(Optional<PaymentSession> session, Instant cutoff) {
        return session.map(s -> s.status().isFinal() && s.decidedAt().isBefore(cutoff)).orElse(true);
    }

    private static int logged(int count, String what, Instant cutoff) {
        if (count > 0) {
            LOG.log(Level.INFO, "Retention: " + what + " " + cutoff + " deleted: " + count);
        }
        return count;
    }
}
