package org.awpt.adapters.mongo.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of keys per stored type and status, kept in memory for a database this process alone
 * writes (the embedded server: it runs inside the process, on a random loopback port, over a locked
 * file). Seeded by one aggregation and then moved by the outcome of every write this process makes,
 * so statistics and stock counts need no pass over the collection. A disabled tally (a database
 * others may write too) knows nothing, and every count is asked of the server.
 *
 * <p>Exactness rests on two rules: a write whose outcome is unknown (it failed with anything but a
 * refusal) forgets the tally, and a seed is taken only if no write ran while it was counted.
 */
final class KeyTally {
    /**
     * A stored type and status, as the documents hold them (either may be missing or of another BSON
     * type in an old database).
     */
    record Slot(Object type, Object status) {
    }

    /** One write's effect: {@code from} lost a key and {@code to} gained it; null for no side. */
    record Move(Slot from, Slot to) {
    }

    private final boolean enabled;
    private final Map<Slot, Long> counts = new HashMap<>();
    private boolean known;
    private int writesRunning;
    private long writesDone;

    private KeyTally(boolean enabled) {
        this.enabled = enabled;
    }

    /** A tally for a database only this process writes. */
    static KeyTally forSoleWriter() {
        return new KeyTally(true);
    }

    /** A tally that never knows: the database has other writers. */
    static KeyTally disabled() {
        return new KeyTally(false);
    }

    /** A write is about to be sent. */
    synchronized void writeStarting() {
        writesRunning++;
    }

    /** The write ended with these moves (none when the server refused it or it matched nothing). */
    synchronized void writeDone(List<Move> moves) {
        finish();
        if (known) {
            for (Move move : moves) {
                if (move.from() != null) {
                    counts.merge(move.from(), -1L, Long::sum);
                }
                if (move.to() != null) {
                    counts.merge(move.to(), 1L, Long::sum);
                }
            }
        }
    }

    /** The write failed in a way that leaves its effect unknown: the tally is recounted on next use. */
    synchronized void writeUncertain() {
        finish();
        known = false;
        counts.clear();
    }

    private void finish() {
        writesRunning--;
        writesDone++;
    }

    /** The counts, when known; a copy. */
    synchronized Optional<Map<Slot, Long>> counts() {
        if (!known) {
            return Optional.empty();
        }
        Map<Slot, Long> copy = new HashMap<>();
        counts.forEach((slot, n) -> {
            if (n != 0) {
                copy.put(slot, n);
            }
        });
        return Optional.of(copy);
    }

    /** A mark to pass to {@link #seed} after counting, or -1 when no seed can be taken now. */
    synchronized long seedMark() {
        return enabled && writesRunning == 0 ? writesDone : -1;
    }

    /** The number of finished writes (for tests of the seeding rule). */
    synchronized long writesDoneForTest() {
        return writesDone;
    }

    /** Takes counts made from the server as the tally, unless a write ran since {@code mark}. */
    synchronized void seed(long mark, Map<Slot, Long> counted) {
        Objects.requireNonNull(counted, "counted");
        if (!enabled || mark < 0 || writesRunning != 0 || writesDone != mark) {
            return;
        }
        counts.clear();
        counts.putAll(counted);
        known = true;
    }
}
