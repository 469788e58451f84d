package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.StoredProof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;

/**
 * A proof of payment's bytes, in one size-capped document (well under MongoDB's 16 MiB limit), so
 * an admin can still see it after Discord's attachment link expired.
 */
@Entity(value = "proofs", useDiscriminator = false)
@Indexes(@Index(fields = @Field("session")))
public class ProofDocument {
    /** When the proof was stored. */
    public static final String STORED_AT = "storedAt";
    /** The proof's bytes. */
    public static final String BYTES = "bytes";

    @Id
    String id;
    String session;
    String format;
    byte[] bytes;
    Instant storedAt;

    /** For Morphia. */
    public ProofDocument() {
    }

    /** A document for a session's proof. */
    public static ProofDocument of(String id, String session, String format, byte[] bytes, Instant storedAt) {
        ProofDocument document = new ProofDocument();
        document.id = id;
        document.session = session;
        document.format = format;
        document.bytes = bytes.clone();
        document.storedAt = storedAt;
        return document;
    }

    /** The document of a proof copied from another store. */
    public static ProofDocument of(StoredProof proof) {
        return of(proof.storageId(), proof.session().value(), proof.format().name(), proof.bytes(), proof.storedAt());
    }

    /** The proof this document describes. */
    public StoredProof toDomain() {
        return new StoredProof(id, new SessionId(session), ProofFormat.valueOf(format), bytes, storedAt);
    }

    /** The proof without its bytes (a projection may have left them out). */
    public ProofRef toRef() {
        return new ProofRef(id, new SessionId(session), storedAt);
    }

    /** A copy of the stored bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
