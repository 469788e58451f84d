package org.awpt.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;

/** Storefront visits in memory; thread-safe, compare-and-set on the version. */
public final class InMemoryStorefrontVisitRepository implements StorefrontVisitRepository, StoredRecords<StorefrontVisit> {
    private static final Comparator<StorefrontVisit> NEWEST_FIRST =
            Comparator.comparing(StorefrontVisit::openedAt).thenComparing(StorefrontVisit::id).reversed();

    private final VersionedRecords<String, StorefrontVisit> visits =
            new VersionedRecords<>("storefront visit", StorefrontVisit::id, StorefrontVisit::version);

    @Override
    public void insert(StorefrontVisit visit) {
        visits.insert(visit);
    }

    @Override
    public boolean replace(StorefrontVisit next) {
        return visits.replace(next);
    }

    @Override
    public Optional<StorefrontVisit> find(String id) {
        return visits.find(id);
    }

    @Override
    public List<StorefrontVisit> openVisitsOf(DiscordUserId buyer) {
        Objects.requireNonNull(buyer, "buyer");
        return visits.select(v -> v.buyer().equals(buyer) && v.isOpen(), NEWEST_FIRST, Integer.MAX_VALUE);
    }

    @Override
    public int deleteOpenedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return visits.deleteIf(v -> v.openedAt().isBefore(cutoff));
    }

    @Override
    public RecordScan exportAll(Consumer<? super StorefrontVisit> sink) {
        return visits.exportAll(sink, Comparator.comparing(StorefrontVisit::id));
    }

    @Override
    public CopyOutcome importPreserving(List<? extends StorefrontVisit> records) {
        return visits.importPreserving(records);
    }
}
