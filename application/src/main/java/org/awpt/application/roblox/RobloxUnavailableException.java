package org.awpt.application.roblox;

import java.time.Duration;
import java.util.Map;
import org.awpt.domain.ShopException;

/** Roblox could not be asked (rate limit, outage, timeout, malformed answer): nothing was decided. */
public final class RobloxUnavailableException extends ShopException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /** Says why and when it is worth trying again. */
    public RobloxUnavailableException(String why, Duration retryAfter, Throwable cause) {
        super("roblox_unavailable", "Roblox is not answering: " + why,
                Map.of("retryAfterSeconds", retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** When it is worth trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
