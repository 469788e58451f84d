package org.awpt.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/**
 * A port implemented outside AWPT: proofs of payment kept as files in one folder, named
 * {@code <session>-<random>.<format>}. {@code DirectoryProofStoreTest} holds it to the port's contract.
 */
public final class DirectoryProofStore implements ProofStore {
    private static final Pattern STORAGE_ID = Pattern.compile("[A-Za-z0-9_-]+\\.[a-z]+");
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
