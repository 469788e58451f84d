package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.payment.SessionId;

/**
 * A buyer uploads the proof of a payment.
 *
 * @param requester the buyer
 * @param session   the payment session
 * @param bytes     the uploaded file, as received (its format is read from its bytes)
 */
public record AttachProof(Requester requester, SessionId session, byte[] bytes) {
    /** Checks every part is present. */
    public AttachProof {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "AttachProof[requester=" + requester + ", session=" + session + ", bytes=" + bytes.length + "]";
    }
}
