package org.awpt.application.port;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/**
 * A proof of payment as a {@link ProofStore} keeps it.
 *
 * @param storageId the id the session loads it by
 * @param session   the session it proves
 * @param format    its image format
 * @param bytes     its bytes (copied in and out)
 * @param storedAt  when it was stored
 */
public record StoredProof(String storageId, SessionId session, ProofFormat format, byte[] bytes, Instant storedAt) {
    /** Checks the parts and copies the bytes. */
    public StoredProof {
        if (storageId == null || storageId.isBlank()) {
            throw new IllegalArgumentException("a stored proof has an id");
        }
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(storedAt, "storedAt");
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a stored proof has bytes");
        }
        bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Equal when every part is, the bytes by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoredProof that && storageId.equals(that.storageId) && session.equals(that.session)
                && format == that.format && Arrays.equals(bytes, that.bytes) && storedAt.equals(that.storedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storageId, session, format, Arrays.hashCode(bytes), storedAt);
    }

    /** The parts, with the size and a digest-free prefix of the bytes instead of all of them. */
    @Override
    public String toString() {
        return "StoredProof[" + storageId + ", " + session.value() + ", " + format + ", " + bytes.length + " bytes "
                + HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length)) + "..., " + storedAt + "]";
    }
}
