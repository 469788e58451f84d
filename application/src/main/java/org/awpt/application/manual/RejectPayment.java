package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.SessionId;

/**
 * An admin rejects a payment session.
 *
 * @param requester the admin
 * @param session   the payment session
 * @param reason    why, as the buyer is shown it (1 to 1,000 characters)
 */
public record RejectPayment(Requester requester, SessionId session, String reason) {
    /** Checks the requester and session are present. */
    public RejectPayment {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(session, "session");
    }
}
