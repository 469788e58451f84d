package org.awpt.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/** The lockdown switches in memory; thread-safe, the last write wins. */
public final class InMemoryLockdownStore implements LockdownStore, StoredRecords<Lockdown> {
    private final Map<Feature, Lockdown> switches = new ConcurrentHashMap<>();

    @Override
    public Optional<Lockdown> find(Feature feature) {
        return Optional.ofNullable(switches.get(Objects.requireNonNull(feature, "feature")));
    }

    @Override
    public void save(Lockdown lockdown) {
        switches.put(lockdown.feature(), lockdown);
    }

    /** Every switch, by feature code. */
    @Override
    public List<Lockdown> all() {
        return switches.values().stream().sorted(Comparator.comparing(l -> l.feature().code())).toList();
    }

    @Override
    public RecordScan exportAll(Consumer<? super Lockdown> sink) {
        return FakeRecords.exportAll(all(), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends Lockdown> records) {
        return FakeRecords.importInto(switches, Lockdown::feature, records);
    }
}
