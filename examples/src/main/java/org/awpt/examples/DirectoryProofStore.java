package org.awpt.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/**
 * A port implemented outside AWPT: proofs of payment kept as files in one folder, named
 * {@code <session>-<random>.<format>}. {@code DirectoryProofStoreTest} holds it to the port's contract.
 */
public final class DirectoryProofStore implements ProofStore {
    private static final Pattern STORAGE_ID = Pattern.compile("[A-Za-z0-9_-]+\\.[a-z]+");
    /** The {@code -<uuid>} between a session id and the format. */
    private static final int RANDOM_PART = 37;
    private final Path folder;

    /** Proofs in this folder, created when missing. */
    public DirectoryProofStore(Path folder) {
        try {
            this.folder = Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the proof folder " + folder, e);
        }
    }

    @Override
    public String store(SessionId session, ProofFormat format, byte[] bytes) {
        String id = session.value() + "-" + UUID.randomUUID() + "." + format.name().toLowerCase();
        try {
            Files.write(folder.resolve(id), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a proof of session " + session, e);
        }
        return id;
    }

    /** By the files' names, timed by their last change; the session is the name before its random part. */
    @Override
    public List<ProofRef> storedBefore(Instant cutoff, String afterStorageId, int limit) {
        try (Stream<Path> files = Files.list(folder)) {
            List<ProofRef> found = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString();
                Instant stored = Files.getLastModifiedTime(file).toInstant();
                if (found.size() < limit && STORAGE_ID.matcher(id).matches() && stored.isBefore(cutoff)
                        && (afterStorageId == null || id.compareTo(afterStorageId) > 0)) {
                    found.add(new ProofRef(id, new SessionId(id.substring(0, id.lastIndexOf('.') - RANDOM_PART)),
                            stored));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the proof folder " + folder, e);
        }
    }

    @Override
    public boolean delete(String storageId) {
        if (storageId == null || !STORAGE_ID.matcher(storageId).matches()) {
            return false;
        }
        try {
            return Files.deleteIfExists(folder.resolve(storageId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete proof " + storageId, e);
        }
    }

    @Override
    public Optional<byte[]> load(String storageId) {
        // Only names this store made: an id is never a path out of the folder.
        if (storageId == null || !STORAGE_ID.matcher(storageId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(storageId)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read proof " + storageId, e);
        }
    }
}
