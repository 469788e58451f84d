package org.awpt.domain.access;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;

/**
 * The state of one lockdown switch: whether the feature is locked, who switched it, when and why.
 *
 * @param feature   what is switched
 * @param locked    whether it is locked now
 * @param changedBy who switched it last
 * @param changedAt when
 * @param reason    why (shown to buyers while locked)
 */
public record Lockdown(Feature feature, boolean locked, DiscordUserId changedBy, Instant changedAt, String reason) {
    /** Checks every part is present; a missing reason is stated as such. */
    public Lockdown {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        reason = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        if (reason.length() > 500) {
            throw new IllegalArgumentException("a lockdown reason is at most 500 characters");
        }
    }

    /** Refuses with {@link LockedDownException} while locked. */
    public void requireOpen() {
        if (locked) {
            throw new LockedDownException(feature, reason);
        }
    }
}
