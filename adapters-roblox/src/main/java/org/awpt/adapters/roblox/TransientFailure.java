package org.awpt.adapters.roblox;

import java.time.Duration;
import java.util.Optional;

/** A failure worth another attempt: a 429, a 5xx, a timeout or a broken connection. */
final class TransientFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    TransientFailure(String why, Duration retryAfter, Throwable cause) {
        super(why, cause);
        this.retryAfter = retryAfter;
    }

    /** How long Roblox asked us to wait, when it said. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
