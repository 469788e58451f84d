package org.awpt.domain.payment;

import java.util.Optional;

/** The image formats accepted as proof of payment, recognised by their first bytes, not their name. */
public enum ProofFormat {
    /** PNG. */
    PNG("image/png"),
    /** JPEG. */
    JPEG("image/jpeg"),
    /** WebP. */
    WEBP("image/webp");

    private final String contentType;

    ProofFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The media type, such as {@code image/png}. */
    public String contentType() {
        return contentType;
    }

    /** The format of these bytes, or empty when they are none of PNG, JPEG, WebP. */
    public static Optional<ProofFormat> detect(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format with this media type. */
    public static Optional<ProofFormat> fromContentType(String contentType) {
        for (ProofFormat format : values()) {
            if (format.contentType.equalsIgnoreCase(contentType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
