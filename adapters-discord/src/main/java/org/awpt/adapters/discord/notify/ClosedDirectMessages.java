package org.awpt.adapters.discord.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.awpt.domain.DiscordUserId;

/**
 * Users whose direct messages were found closed (Discord error 50007), remembered for a while so
 * retries go another way instead of hitting Discord again: too many refused requests get a bot banned.
 */
public final class ClosedDirectMessages {
    /** How long the bot remembers closed direct messages before a DM is tried again. */
    public static final Duration MEMORY = Duration.ofHours(6);
    private final ConcurrentMap<DiscordUserId, java.time.Instant> closed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration memory;

    /** Remembers closed direct messages for {@code memory}. */
    public ClosedDirectMessages(Clock clock, Duration memory) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /** Notes that a user's direct messages are closed. */
    public void markClosed(DiscordUserId user) {
        closed.put(user, clock.instant());
    }

    /** Whether a user's direct messages were found closed recently. */
    public boolean isClosed(DiscordUserId user) {
        java.time.Instant since = closed.get(user);
        if (since == null) {
            return false;
        }
        if (!since.plus(memory).isAfter(clock.instant())) {
            closed.remove(user, since);
            return false;
        }
        return true;
    }
}
