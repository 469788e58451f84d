package org.awpt.application.port;

import java.util.Optional;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/** Where AWPT keeps proofs of payment itself, since Discord's attachment links expire. */
public interface ProofStore {

    /**
     * Stores a proof's bytes for a session.
     *
     * @return the id to load it by
     */
    String store(SessionId session, ProofFormat format, byte[] bytes);

    /** The bytes stored under an id. */
    Optional<byte[]> load(String storageId);
}
