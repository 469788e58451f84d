package org.awpt.application.port;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.payment.SessionId;

/**
 * A stored proof without its bytes: what the retention round needs to decide whether it may go.
 *
 * @param storageId the id it is stored under
 * @param session   the session it proves
 * @param storedAt  when it was stored
 */
public record ProofRef(String storageId, SessionId session, Instant storedAt) {
    /** Checks the parts are present. */
    public ProofRef {
        Objects.requireNonNull(storageId, "storageId");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
