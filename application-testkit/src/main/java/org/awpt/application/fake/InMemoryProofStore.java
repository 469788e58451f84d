package org.awpt.application.fake;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredProof;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/** Proofs of payment in memory; thread-safe. Keeps copies, so callers may reuse their arrays. */
public final class InMemoryProofStore implements ProofStore, StoredRecords<StoredProof> {
    private final Map<String, StoredProof> proofs = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;

    /** A store timing proofs by the system clock. */
    public InMemoryProofStore() {
        this(Clock.systemUTC());
    }

    /** A store timing proofs by this clock. */
    public InMemoryProofStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String store(SessionId session, ProofFormat format, byte[] bytes) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        String id = "proof-" + counter.incrementAndGet();
        proofs.put(id, new StoredProof(id, session, format, bytes, clock.instant()));
        return id;
    }

    @Override
    public Optional<byte[]> load(String storageId) {
        Objects.requireNonNull(storageId, "storageId");
        return Optional.ofNullable(proofs.get(storageId)).map(StoredProof::bytes);
    }

    @Override
    public List<ProofRef> storedBefore(Instant cutoff, String afterStorageId, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        return proofs.values().stream()
                .filter(proof -> proof.storedAt().isBefore(cutoff))
                .filter(proof -> afterStorageId == null || proof.storageId().compareTo(afterStorageId) > 0)
                .sorted(Comparator.comparing(StoredProof::storageId))
                .limit(limit)
                .map(proof -> new ProofRef(proof.storageId(), proof.session(), proof.storedAt()))
                .toList();
    }

    @Override
    public boolean delete(String storageId) {
        Objects.requireNonNull(storageId, "storageId");
        return proofs.remove(storageId) != null;
    }

    /** The format a proof was stored with. */
    public Optional<ProofFormat> formatOf(String storageId) {
        return Optional.ofNullable(proofs.get(storageId)).map(StoredProof::format);
    }

    /** The session a proof was stored for. */
    public Optional<SessionId> sessionOf(String storageId) {
        return Optional.ofNullable(proofs.get(storageId)).map(StoredProof::session);
    }

    /** How many proofs are stored. */
    public int size() {
        return proofs.size();
    }

    @Override
    public RecordScan exportAll(Consumer<? super StoredProof> sink) {
        return FakeRecords.exportSorted(proofs.values(), Comparator.comparing(StoredProof::storageId), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends StoredProof> records) {
        return FakeRecords.importInto(proofs, StoredProof::storageId, records);
    }
}
