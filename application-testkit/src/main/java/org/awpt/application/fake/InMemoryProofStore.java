package org.awpt.application.fake;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/** Proofs of payment in memory; thread-safe. Keeps copies, so callers may reuse their arrays. */
public final class InMemoryProofStore implements ProofStore {
    private final Map<String, Stored> proofs = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String store(SessionId session, ProofFormat format, byte[] bytes) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        String id = "proof-" + counter.incrementAndGet();
        proofs.put(id, new Stored(session, format, bytes.clone()));
        return id;
    }

    @Override
    public Optional<byte[]> load(String storageId) {
        Objects.requireNonNull(storageId, "storageId");
        return Optional.ofNullable(proofs.get(storageId)).map(stored -> stored.bytes().clone());
    }

    /** The format a proof was stored with. */
    public Optional<ProofFormat> formatOf(String storageId) {
        return Optional.ofNullable(proofs.get(storageId)).map(Stored::format);
    }

    /** The session a proof was stored for. */
    public Optional<SessionId> sessionOf(String storageId) {
        return Optional.ofNullable(proofs.get(storageId)).map(Stored::session);
    }

    /** How many proofs are stored. */
    public int size() {
        return proofs.size();
    }

    private record Stored(SessionId session, ProofFormat format, byte[] bytes) {
    }
}
