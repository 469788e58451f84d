package org.awpt.domain.buyer;

import java.time.Instant;
import java.util.Map;
import org.awpt.domain.ShopException;

/** The buyer holds an active license that is not yet in its renewal window. */
public final class AlreadyLicensedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** When the active license expires. */
    private final Instant expiresAt;
    /** When the renewal window opens. */
    private final Instant renewableFrom;

    /** Names when the active license ends and from when it may be renewed. */
    public AlreadyLicensedException(String account, Instant expiresAt, Instant renewableFrom) {
        super("already_licensed", account + " holds a license until " + expiresAt,
                Map.of("account", account, "expiresAt", expiresAt, "renewableFrom", renewableFrom));
        this.expiresAt = expiresAt;
        this.renewableFrom = renewableFrom;
    }

    /** When the active license ends. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** From when the buyer may buy again. */
    public Instant renewableFrom() {
        return renewableFrom;
    }
}
