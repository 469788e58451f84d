package org.awpt.application.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code calls} in each {@code per}.
 *
 * @param calls how many, 1 or more
 * @param per   the period they refill in, positive
 */
public record RateLimit(int calls, Duration per) {
    /** Checks the numbers make sense. */
    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (calls < 1) {
            throw new IllegalArgumentException("a rate limit allows 1 call or more");
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit's period is positive");
        }
    }
}
