package org.awpt.adapters.sqlite;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.StoredProof;
import org.jdbi.v3.core.Handle;
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
        StoredProof proof = new StoredProof(id, session, format, bytes, clock.instant());
        if (database.write(handle -> insertRow(handle, proof)) == 0) {
            throw new IllegalStateException("a random proof id was taken: " + id);
        }
        return id;
    }

    /** Inserts a proof unless its id is taken: 1 when inserted, 0 when taken. */
    static int insertRow(Handle handle, StoredProof proof) {
        return handle.createUpdate("INSERT INTO proofs (id, session_id, format, bytes, stored_at) "
                        + "VALUES (:id, :session, :format, :bytes, :at) ON CONFLICT (id) DO NOTHING")
                .bind("id", proof.storageId())
                .bind("session", proof.session().value())
                .bind("format", proof.format().name())
                .bind("bytes", proof.bytes())
                .bind("at", Columns.millis(proof.storedAt()))
                .execute();
    }

    /** The proof a row of {@code proofs} describes. */
    static StoredProof proof(ResultSet row) throws SQLException {
        return new StoredProof(row.getString("id"), new SessionId(row.getString("session_id")),
                ProofFormat.valueOf(row.getString("format")), row.getBytes("bytes"), Columns.instant(row, "stored_at"));
    }

    @Override
    public List<ProofRef> storedBefore(Instant cutoff, String afterStorageId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read(handle -> handle.createQuery("SELECT id, session_id, stored_at FROM proofs "
                        + "WHERE stored_at < :cutoff AND id > :after ORDER BY id LIMIT :limit")
                .bind("cutoff", Columns.millis(cutoff))
                .bind("after", afterStorageId == null ? "" : afterStorageId)
                .bind("limit", limit)
                .map((row, context) -> new ProofRef(row.getString("id"), new SessionId(row.getString("session_id")),
                        Columns.instant(row, "stored_at")))
                .list());
    }

    @Override
    public boolean delete(String storageId) {
        return database.write(handle -> handle.createUpdate("DELETE FROM proofs WHERE id = :id")
                .bind("id", storageId)
                .execute()) == 1;
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
