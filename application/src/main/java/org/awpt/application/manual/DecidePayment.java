package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.SessionId;

/**
 * An admin approves a payment session.
 *
 * @param requester the admin
 * @param session   the payment session
 */
public record DecidePayment(Requester requester, SessionId session) {
    /** Checks every part is present. */
    public DecidePayment {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(session, "session");
    }
}
