package org.awpt.adapters.discord.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every REST call in arrival order; tests read it and wait on it with a bounded timeout. */
final class CallLog {

    private final List<RecordedCall> calls = new ArrayList<>();

    synchronized void add(RecordedCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized List<RecordedCall> all() {
        return List.copyOf(calls);
    }

    /** Waits until at least {@code count} calls match, then returns the matches. */
    synchronized List<RecordedCall> await(Predicate<RecordedCall> filter, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedCall> matches = calls.stream().filter(filter).toList();
            if (matches.size() >= count) {
                return matches;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + count + " x " + what
                        + "; calls so far:\n" + describe());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    synchronized String describe() {
        StringBuilder text = new StringBuilder();
        calls.forEach(call -> text.append("  ").append(call).append('\n'));
        return text.toString();
    }
}
