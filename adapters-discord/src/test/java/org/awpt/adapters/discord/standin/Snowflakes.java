package org.awpt.adapters.discord.standin;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord-shaped ids: milliseconds since the Discord epoch in the high bits. JDA reads the creation
 * time of an interaction from its id (to expire the 15-minute token), so ids come from the clock.
 */
final class Snowflakes {

    /** 2015-01-01T00:00:00Z, Discord's epoch. */
    static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong last = new AtomicLong();

    /** A fresh id, strictly increasing, stamped with the current time. */
    long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    /** Same as {@link #next()}, as Discord writes ids in JSON. */
    String nextString() {
        return Long.toUnsignedString(next());
    }
}
