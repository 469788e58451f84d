package org.awpt.application.manual;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.payment.PaymentSession;

/**
 * A buyer's proof awaited as their next upload, until {@code until} ("Upload proof" for clients that
 * cannot upload in a form).
 *
 * @param session the session awaiting its proof, as it was when the upload was asked for
 * @param until   when the wait ends
 */
public record ProofExpectation(PaymentSession session, Instant until) {
    /** Checks the parts. */
    public ProofExpectation {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(until, "until");
    }

    /** Whether an upload by {@code author} at {@code now} is the awaited proof. */
    public boolean awaits(DiscordUserId author, Instant now) {
        return session.buyer().equals(author) && now.isBefore(until);
    }
}
