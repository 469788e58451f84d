package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.SessionId;

/**
 * An admin approves a payment session.
 *
 * @param requester            the admin
 * @param session              the payment session
 * @param despiteActiveLicense approve even though the buyer now holds an active license (a gift):
 *                             an explicit choice, audited
 */
public record DecidePayment(Requester requester, SessionId session, boolean despiteActiveLicense) {
    /** Checks every part is present. */
    public DecidePayment {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(session, "session");
    }

    /** An approval that keeps the one-active-license rule. */
    public DecidePayment(Requester requester, SessionId session) {
        this(requester, session, false);
    }
}
