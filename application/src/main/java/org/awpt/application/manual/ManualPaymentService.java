package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;

/**
 * Manual payments as one use case, each operation done by the part that owns it: opening
 * ({@link PaymentSubmission}), the proof ({@link ProofIntake}), the admin's approval
 * ({@link PaymentApproval}), rejection and cancellation ({@link PaymentClosing}), the expiry sweep
 * ({@link PaymentExpiry}) and reading a session ({@link PaymentRecords}). Every part changes a
 * session by compare-and-set only.
 */
public final class ManualPaymentService implements ManualPaymentUseCase {
    private final PaymentSubmission submission;
    private final ProofIntake proofs;
    private final PaymentApproval approval;
    private final PaymentClosing closing;
    private final PaymentExpiry expiry;
    private final PaymentRecords records;

    /** Manual payments made of these parts. */
    public ManualPaymentService(PaymentSubmission submission, ProofIntake proofs, PaymentApproval approval,
            PaymentClosing closing, PaymentExpiry expiry, PaymentRecords records) {
        this.submission = Objects.requireNonNull(submission, "submission");
        this.proofs = Objects.requireNonNull(proofs, "proofs");
        this.approval = Objects.requireNonNull(approval, "approval");
        this.closing = Objects.requireNonNull(closing, "closing");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public PaymentSession submit(SubmitPayment cmd) {
        return submission.submit(cmd);
    }

    @Override
    public PaymentSession attachProof(AttachProof cmd) {
        return proofs.attachProof(cmd);
    }

    @Override
    public ProofExpectation expectProof(Requester requester, SessionId session) {
        return proofs.expectProof(requester, session);
    }

    @Override
    public Approval approve(DecidePayment cmd) {
        return approval.approve(cmd);
    }

    @Override
    public PaymentSession reject(RejectPayment cmd) {
        return closing.reject(cmd);
    }

    @Override
    public PaymentSession cancel(CancelPayment cmd) {
        return closing.cancel(cmd);
    }

    @Override
    public PaymentSession recordNotice(SessionId session, NoticeRef notice) {
        return records.recordNotice(session, notice);
    }

    @Override
    public PaymentSession view(Requester requester, SessionId session) {
        return records.view(requester, session);
    }

    @Override
    public byte[] proof(Requester requester, SessionId session) {
        return records.proof(requester, session);
    }

    @Override
    public int expireAbandoned() {
        return expiry.expireAbandoned();
    }
}
