package org.awpt.domain.payment;

/**
 * What a proof of payment must be: an image (PNG, JPEG, WebP, by its bytes) of at most a size.
 *
 * @param maxBytes the largest accepted proof, in bytes
 */
public record ProofPolicy(long maxBytes) {
    /** 8 MiB, what Discord accepts from most users. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    /** Checks the cap is positive. */
    public ProofPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a proof size cap is positive");
        }
    }

    /** The default policy, 8 MiB. */
    public static ProofPolicy defaults() {
        return new ProofPolicy(DEFAULT_MAX_BYTES);
    }

    /** The format of an acceptable proof, or {@link InvalidProofException}. */
    public ProofFormat check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidProofException.notAnImage();
        }
        if (bytes.length > maxBytes) {
            throw InvalidProofException.tooLarge(bytes.length, maxBytes);
        }
        return ProofFormat.detect(bytes).orElseThrow(InvalidProofException::notAnImage);
    }
}
