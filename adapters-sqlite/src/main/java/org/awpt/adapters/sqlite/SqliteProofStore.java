package org.awpt.adapters.sqlite;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/**
 * Proofs of payment as BLOBs in {@code proofs}, capped like the MongoDB store. Ids are 24 hex
 * characters, the form of a MongoDB object id, so a store migrated to MongoDB keeps them.
 */
final class SqliteProofStore implements ProofStore {
    /** The largest proof stored: 8 MiB. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");
    private final SqliteDatabase database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SqliteProofStore(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public String store(SessionId session, ProofFormat format, byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("a stored proof is 1 byte to " + MAX_BYTES + " bytes");
        }
        byte[] idBytes = new byte[12];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        database.write(handle -> handle.createUpdate("INSERT INTO proofs (id, session_id, format, bytes, stored_at) "
                        + "VALUES (:id, :session, :format, :bytes, :at)")
                .bind("id", id)
                .bind("session", session.value())
                .bind("format", format.name())
                .bind("bytes", bytes.clone())
                .bind("at", Columns.millis(clock.instant()))
                .execute());
        return id;
    }

    @Override
    public Optional<byte[]> load(String storageId) {
        if (storageId == null || !ID.matcher(storageId).matches()) {
            return Optional.empty();
        }
        return database.read(handle -> handle.createQuery("SELECT bytes FROM proofs WHERE id = :id")
                .bind("id", storageId)
                .map((row, context) -> row.getBytes("bytes"))
                .findOne());
    }
}
