package org.awpt.application.shared;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed set of locks shared out by key hash: work for one key (a buyer, a requester, an order) runs
 * one at a time, work for other keys rarely waits, and memory stays bounded however many keys come.
 */
public final class StripedLocks {
    private final ReentrantLock[] stripes;

    /** {@code count} locks. */
    public StripedLocks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one lock: " + count);
        }
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the lock of {@code key}, and returns what it returns. */
    public <T> T withLock(Object key, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(Objects.requireNonNull(key, "key").hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
