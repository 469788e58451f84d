package org.awpt.domain.payment;

import java.util.Map;
import org.awpt.domain.ShopException;

/** An uploaded proof is not a PNG, JPEG or WebP image, is empty, or is larger than the cap. */
public final class InvalidProofException extends ShopException {
    private static final long serialVersionUID = 1L;

    private InvalidProofException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }

    /** The bytes are not an accepted image format. */
    public static InvalidProofException notAnImage() {
        return new InvalidProofException("proof_not_image", "proof is not a PNG, JPEG or WebP image", Map.of());
    }

    /** The file is larger than the cap. */
    public static InvalidProofException tooLarge(long size, long max) {
        return new InvalidProofException("proof_too_large", "proof of " + size + " bytes exceeds " + max,
                Map.of("size", size, "max", max));
    }
}
