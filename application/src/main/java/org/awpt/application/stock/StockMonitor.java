package org.awpt.application.stock;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.StockListener;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;

/**
 * Watches the stock of every catalog type. Thread-safe: counts are cached until invalidated, and
 * level changes are detected under one lock, so concurrent refreshes report each change once.
 *
 * <p>Levels are compared with those of the last {@link #startUp()} or {@link #refresh()}; before the
 * first of them every type counts as {@link StockLevel#HEALTHY}. Every change is either a worsening
 * (its new level needs attention) or a recovery, so each one alerts the admins.
 */
public final class StockMonitor implements StockUseCase {
    private static final System.Logger LOG = System.getLogger(StockMonitor.class.getName());

    private final LicenseKeyRepository keys;
    private final ShopSettings settings;
    private final AdminNotifier admins;
    private final List<StockListener> listeners;
    private final Auditor auditor;

    /** Raised by every invalidation; a cached count of an older generation is stale. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot cache;

    /** Guards {@link #lastLevels}. */
    private final Object levelLock = new Object();
    private final Map<LicenseTypeCode, StockLevel> lastLevels = new HashMap<>();

    /** A monitor over this inventory, telling these admins and listeners. */
    public StockMonitor(LicenseKeyRepository keys, ShopSettings settings, AdminNotifier admins,
            List<StockListener> listeners, Auditor auditor) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.listeners = List.copyOf(listeners);
        this.auditor = Objects.requireNonNull(auditor, "auditor");
    }

    @Override
    public List<StockStatus> current() {
        long seen = generation.get();
        Snapshot cached = cache;
        if (cached != null && cached.generation() == seen) {
            return cached.statuses();
        }
        List<StockStatus> counted = count();
        // Kept only for the generation it was counted in: an invalidation meanwhile makes it stale.
        cache = new Snapshot(seen, counted);
        return counted;
    }

    @Override
    public void invalidate() {
        generation.incrementAndGet();
    }

    @Override
    public List<StockChange> refresh() {
        List<StockStatus> counted;
        List<StockChange> changes = new ArrayList<>();
        synchronized (levelLock) {
            invalidate();
            counted = current();
            for (StockStatus status : counted) {
                StockLevel before = lastLevels.getOrDefault(status.type(), StockLevel.HEALTHY);
                if (before != status.level()) {
                    changes.add(new StockChange(status.type(), before, status.level(), status.available()));
                }
                lastLevels.put(status.type(), status.level());
            }
        }
        if (!changes.isEmpty()) {
            announce(changes, counted);
        }
        return List.copyOf(changes);
    }

    @Override
    public void startUp() {
        List<StockStatus> counted;
        synchronized (levelLock) {
            invalidate();
            counted = current();
            lastLevels.clear();
            counted.forEach(status -> lastLevels.put(status.type(), status.level()));
        }
        if (counted.stream().anyMatch(status -> status.level().needsAttention())) {
            alertAdmins(List.of(), counted);
        }
    }

    private List<StockStatus> count() {
        List<StockStatus> statuses = new ArrayList<>();
        for (LicenseTypeCode type : settings.types().codes()) {
            statuses.add(StockStatus.of(type, keys.countAvailable(type), settings.thresholds()));
        }
        return List.copyOf(statuses);
    }

    private void announce(List<StockChange> changes, List<StockStatus> current) {
        for (StockChange change : changes) {
            auditor.record(null, AuditAction.STOCK_LEVEL_CHANGED, change.type().value(),
                    Map.of("from", change.from().name(), "to", change.to().name(),
                            "available", Long.toString(change.available())));
        }
        alertAdmins(changes, current);
        for (StockListener listener : listeners) {
            try {
                listener.stockChanged(List.copyOf(changes), current);
            } catch (RuntimeException failure) {
                // One broken listener must neither hide the change from the others nor fail the sale that caused it.
                LOG.log(Level.ERROR, "stock listener " + listener.getClass().getName() + " failed on " + changes,
                        failure);
            }
        }
    }

    private void alertAdmins(List<StockChange> changes, List<StockStatus> current) {
        try {
            admins.stockAlert(List.copyOf(changes), current);
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "stock alert to admins failed on " + changes, failure);
        }
    }

    /** A count and the cache generation it belongs to. */
    private record Snapshot(long generation, List<StockStatus> statuses) {
    }
}
