package org.awpt.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.sale.Sale;

/** The sales ledger in memory; thread-safe, one sale per reference. */
public final class InMemorySalesLedger implements SalesLedger, StoredRecords<Sale> {
    private static final Comparator<Sale> OLDEST_FIRST = Comparator.comparing(Sale::at).thenComparing(Sale::reference);
    private final Map<String, Sale> sales = new ConcurrentHashMap<>();

    @Override
    public boolean record(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        return sales.putIfAbsent(sale.reference(), sale) == null;
    }

    @Override
    public long salesBetween(Instant from, Instant to, Consumer<Sale> sink) {
        Objects.requireNonNull(sink, "sink");
        List<Sale> found = sales.values().stream()
                .filter(sale -> !sale.at().isBefore(from) && sale.at().isBefore(to))
                .sorted(OLDEST_FIRST).toList();
        found.forEach(sink);
        return found.size();
    }

    @Override
    public RecordScan exportAll(Consumer<? super Sale> sink) {
        return FakeRecords.exportSorted(sales.values(), Comparator.comparing(Sale::reference), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends Sale> records) {
        return FakeRecords.importInto(sales, Sale::reference, records);
    }
}
