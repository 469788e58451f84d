package org.awpt.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored proof of payment: where AWPT keeps the image (Discord's links expire), its format,
 * its size, and when it came.
 *
 * @param storageId  the id the proof store gave it
 * @param format     PNG, JPEG or WebP
 * @param sizeBytes  its size
 * @param receivedAt when the buyer gave it
 */
public record Proof(String storageId, ProofFormat format, long sizeBytes, Instant receivedAt) {
    /** Checks every part is present and the size positive. */
    public Proof {
        if (storageId == null || storageId.isBlank()) {
            throw new IllegalArgumentException("a proof names where it is stored");
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a proof is not empty");
        }
    }

    /** The media type, such as {@code image/png}. */
    public String contentType() {
        return format.contentType();
    }
}
