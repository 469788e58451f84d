package org.awpt.application.cooldown;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.access.CooldownAction;

/**
 * Where a user stands at one rate-limited action, as an admin sees it.
 *
 * @param action   the action
 * @param failures consecutive failures counted so far
 * @param retryAt  when the user may try again, while they must wait; empty when they may try now
 */
public record CooldownState(CooldownAction action, int failures, Optional<Instant> retryAt) {
    /** Checks every part is present. */
    public CooldownState {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(retryAt, "retryAt");
        if (failures < 0) {
            throw new IllegalArgumentException("failures are 0 or more");
        }
    }
}
