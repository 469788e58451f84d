package org.awpt.application.shared;

import java.security.SecureRandom;
import java.util.Base64;
import org.awpt.application.port.IdSource;

/** Unguessable ids: 128 random bits from {@link SecureRandom}, URL-safe Base64 (22 characters). */
public final class SecureRandomIdSource implements IdSource {
    private final SecureRandom random;

    /** Ids from a new {@link SecureRandom}. */
    public SecureRandomIdSource() {
        this(new SecureRandom());
    }

    /** Ids from the given source of randomness. */
    public SecureRandomIdSource(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String nextId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
