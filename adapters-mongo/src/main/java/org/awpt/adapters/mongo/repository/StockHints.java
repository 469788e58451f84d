package org.awpt.adapters.mongo.repository;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Codes of keys that were in stock when last looked at, per type: the candidates claims try, one
 * thread per candidate. A hint is only a hint: the claim itself is one atomic update conditioned on
 * the key still being available, so a key taken meanwhile (by another process, a revocation) is
 * simply skipped. Looking up a batch of candidates costs one scan, shared by the claims that follow;
 * without hints every claim would scan past all the keys sold before it on the embedded server.
 */
final class StockHints {
    private final int batch;
    private final Map<String, Deque<String>> byType = new ConcurrentHashMap<>();

    /** Hints looked up {@code batch} at a time. */
    StockHints(int batch) {
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be positive: " + batch);
        }
        this.batch = batch;
    }

    /**
     * The next candidate of the type, looking up a new batch with {@code lookUp} (type, how many)
     * when none is left; null when the lookup finds no key in stock.
     */
    String next(String type, Function<Integer, List<String>> lookUp) {
        Deque<String> hints = byType.computeIfAbsent(type, t -> new ArrayDeque<>());
        // One lookup at a time per type: the threads waiting behind it take from its batch.
        synchronized (hints) {
            if (hints.isEmpty()) {
                hints.addAll(lookUp.apply(batch));
            }
            return hints.pollFirst();
        }
    }
}
