package org.awpt.application.manual;

import java.time.Duration;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;

/** Manual payments from the buyer's details to an admin's decision. */
public interface ManualPaymentUseCase {
    /** How long a proof asked for as the buyer's next upload is awaited. */
    Duration PROOF_UPLOAD_WAIT = Duration.ofMinutes(10);

    /**
     * Opens a session for a manual payment.
     *
     * @throws org.awpt.domain.InvalidInputException         when the method is not a manual one
     * @throws org.awpt.domain.access.LockedDownException     while the method is locked down
     * @throws org.awpt.domain.access.CoolingDownException    while the buyer cools down
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the buyer holds an active license
     * @throws org.awpt.domain.license.OutOfStockException    when no key of the type is left
     * @throws org.awpt.domain.stock.PurchasesPausedException when stock is critical
     * @throws OpenPaymentExistsException                     when the buyer already has as many payments open
     *                                                        for the type as the shop allows
     */
    PaymentSession submit(SubmitPayment cmd);

    /**
     * Stores the buyer's proof and puts the session up for review; admins are told.
     *
     * @throws org.awpt.domain.payment.InvalidProofException when the file is not an image or too large
     * @throws org.awpt.domain.NotAuthorizedException        when the requester is not the session's buyer
     * @throws ProofQuotaExceededException                   when the buyer's proofs of the last 24 hours would
     *                                                       pass the shop's limit
     */
    PaymentSession attachProof(AttachProof cmd);

    /**
     * The buyer asks to send the proof as their next upload rather than in the form: their session
     * must await its proof; the upload is taken for {@link #PROOF_UPLOAD_WAIT}.
     *
     * @throws org.awpt.domain.NotAuthorizedException       when the requester is not the session's buyer
     * @throws org.awpt.domain.IllegalTransitionException    when the session does not await its proof
     */
    ProofExpectation expectProof(Requester requester, SessionId session);

    /**
     * An admin approves: one key is claimed for the session (whoever approves first, the same key)
     * and delivered.
     *
     * @throws org.awpt.domain.payment.AlreadyDecidedException when the session was decided already
     * @throws org.awpt.domain.license.OutOfStockException     when no key is left (the session is unchanged)
     * @throws ApprovalBreaksOneLicenseException when the buyer now holds an active license and the admin did
     *                                           not approve despite it (the session is unchanged)
     */
    Approval approve(DecidePayment cmd);

    /** An admin rejects with a reason; the buyer and admins are told. */
    PaymentSession reject(RejectPayment cmd);

    /** The buyer or an admin cancels; the buyer and admins are told. */
    PaymentSession cancel(CancelPayment cmd);

    /** Remembers where a message about the session was posted, to update it later. */
    PaymentSession recordNotice(SessionId session, NoticeRef notice);

    /** The session, for its buyer or an admin. */
    PaymentSession view(Requester requester, SessionId session);

    /** The session's proof image, for its buyer or an admin. */
    byte[] proof(Requester requester, SessionId session);

    /**
     * Expires sessions that waited for their proof longer than the shop's session expiry; their
     * buyers are told.
     *
     * @return how many sessions expired
     */
    int expireAbandoned();
}
