package org.awpt.application.fake;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;

/** The export and import every in-memory {@link org.awpt.application.port.StoredRecords} shares. */
final class FakeRecords {
    private FakeRecords() {
    }

    /** Hands a snapshot of the records to the sink; an in-memory store has no unreadable row. */
    static <T> RecordScan exportAll(Collection<T> snapshot, Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        snapshot.forEach(sink);
        return new RecordScan(snapshot.size(), List.of());
    }

    /** Hands the records to the sink in this order. */
    static <T> RecordScan exportSorted(Collection<T> records, Comparator<? super T> order, Consumer<? super T> sink) {
        return exportAll(records.stream().sorted(order).toList(), sink);
    }

    /** Puts each record under its key unless the key is taken. */
    static <K, T> CopyOutcome importInto(Map<K, T> records, Function<T, K> key, List<? extends T> copies) {
        return importEach(copies, copy -> records.putIfAbsent(key.apply(copy), copy) == null);
    }

    /** Adds each record with {@code addIfAbsent}, which says whether it was added or its key was present. */
    static <T> CopyOutcome importEach(List<? extends T> records, Predicate<T> addIfAbsent) {
        int copied = 0;
        for (T record : records) {
            if (addIfAbsent.test(Objects.requireNonNull(record, "record"))) {
                copied++;
            }
        }
        return new CopyOutcome(copied, records.size() - copied, List.of());
    }
}
