package org.awpt.application.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;

/**
 * Records kept by id and changed by compare-and-set on their version, shared by the in-memory
 * repositories of sessions, key requests and storefront visits.
 *
 * @param <K> the id
 * @param <V> the record
 */
final class VersionedRecords<K, V> {
    private final Map<K, V> byId = new ConcurrentHashMap<>();
    private final Function<V, K> id;
    private final ToLongFunction<V> version;
    private final String kind;

    VersionedRecords(String kind, Function<V, K> id, ToLongFunction<V> version) {
        this.kind = kind;
        this.id = id;
        this.version = version;
    }

    /** Stores a new record; {@link IllegalStateException} if its id is taken. */
    void insert(V value) {
        Objects.requireNonNull(value, kind);
        if (byId.putIfAbsent(id.apply(value), value) != null) {
            throw new IllegalStateException(kind + " id already taken: " + id.apply(value));
        }
    }

    /** Replaces the stored record if it is still at {@code next}'s version minus one. */
    boolean replace(V next) {
        Objects.requireNonNull(next, kind);
        long expected = version.applyAsLong(next) - 1;
        AtomicBoolean replaced = new AtomicBoolean();
        byId.computeIfPresent(id.apply(next), (key, stored) -> {
            if (version.applyAsLong(stored) != expected) {
                return stored;
            }
            replaced.set(true);
            return next;
        });
        return replaced.get();
    }

    /** Every record, by id. */
    RecordScan exportAll(Consumer<? super V> sink, Comparator<V> order) {
        return FakeRecords.exportAll(byId.values().stream().sorted(order).toList(), sink);
    }

    /** Adds records as they are; a record whose id is present is left. */
    CopyOutcome importPreserving(List<? extends V> records) {
        return FakeRecords.importEach(records, value -> byId.putIfAbsent(id.apply(value), value) == null);
    }

    Optional<V> find(K key) {
        Objects.requireNonNull(key, "id");
        return Optional.ofNullable(byId.get(key));
    }

    /** The records matching, in the given order, at most {@code limit}. */
    /** Deletes every record matching {@code which}; how many. */
    int deleteIf(Predicate<V> which) {
        int[] deleted = {0};
        byId.values().removeIf(value -> {
            boolean gone = which.test(value);
            deleted[0] += gone ? 1 : 0;
            return gone;
        });
        return deleted[0];
    }

    List<V> select(Predicate<V> which, Comparator<V> order, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a limit is 0 or more");
        }
        return new ArrayList<>(byId.values().stream().filter(which).sorted(order).limit(limit).toList());
    }
}
