package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
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

    /**
     * Up to {@code limit} proofs stored before {@code cutoff} (without their bytes), by storage id, starting
     * after {@code afterStorageId} ({@code null}: from the first): the retention round pages through them.
     */
    List<ProofRef> storedBefore(Instant cutoff, String afterStorageId, int limit);

    /**
     * Deletes a proof's bytes; deleting one that is gone changes nothing.
     *
     * @return whether a proof was deleted
     */
    boolean delete(String storageId);
}
