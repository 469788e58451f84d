package org.awpt.adapters.roblox;

import java.time.Duration;

/** Waits between attempts; injected so tests need not wait. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /** Waits this long. */
    void sleep(Duration duration) throws InterruptedException;
}
