package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.SessionId;

/**
 * The buyer (or an admin) cancels a payment session.
 *
 * @param requester the buyer or an admin
 * @param session   the payment session
 */
public record CancelPayment(Requester requester, SessionId session) {
    /** Checks every part is present. */
    public CancelPayment {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(session, "session");
    }
}
