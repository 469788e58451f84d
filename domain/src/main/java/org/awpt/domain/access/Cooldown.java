package org.awpt.domain.access;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;

/**
 * One user's cooldown for one action: consecutive failures and the time before which the action
 * is refused.
 *
 * @param user     the user
 * @param action   the action
 * @param failures consecutive failures so far
 * @param until    refused before this time; {@link Instant#MIN} when free
 */
public record Cooldown(DiscordUserId user, CooldownAction action, int failures, Instant until) {
    /** Checks every part is present. */
    public Cooldown {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(until, "until");
        if (failures < 0) {
            throw new IllegalArgumentException("failures are 0 or more");
        }
    }

    /** A user who has not failed. */
    public static Cooldown fresh(DiscordUserId user, CooldownAction action) {
        return new Cooldown(user, action, 0, Instant.MIN);
    }

    /** Refuses with {@link CoolingDownException} before {@link #until()}. */
    public void requireReady(Instant now) {
        if (now.isBefore(until)) {
            throw new CoolingDownException(action, until);
        }
    }

    /** The cooldown after one more failure at {@code now}. */
    public Cooldown afterFailure(CooldownRule rule, Instant now) {
        int next = failures + 1;
        return new Cooldown(user, action, next, now.plus(rule.waitAfter(next)));
    }

    /** The cooldown after a success: cleared. */
    public Cooldown afterSuccess() {
        return fresh(user, action);
    }
}
