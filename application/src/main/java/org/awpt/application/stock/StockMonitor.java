package org.awpt.application.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockLevelsChanged;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;

/**
 * Counts the stock of every catalog type and notices level changes. Thread-safe: counts are cached
 * until invalidated, and level changes are detected under one lock, so concurrent recounts report
 * each change once.
 *
 * <p>Levels are compared with those of the last {@link #startUp()} or {@link #recount()}; before the
 * first of them every type counts as {@link StockLevel#HEALTHY}. It tells nobody itself: it returns
 * the {@link StockLevelsChanged} event, which the dispatcher's reactions turn into admin alerts and
 * refreshed purchase panels.
 */
public final class StockMonitor {
    private final LicenseKeyRepository keys;
    private final ShopSettings settings;
    private final Auditor auditor;

    /** Raised by every invalidation; a cached count of an older generation is stale. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot cache;

    /** Guards {@link #lastLevels}. */
    private final Object levelLock = new Object();
    private final Map<LicenseTypeCode, StockLevel> lastLevels = new HashMap<>();

    /** A monitor over this inventory, auditing each level change. */
    public StockMonitor(LicenseKeyRepository keys, ShopSettings settings, Auditor auditor) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
    }

    /** Every catalog type's stock, in catalog order; cached until {@link #invalidate()}. */
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

    /** Forgets the cached stock. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /**
     * Counts again and, for each type whose level changed since the last count, audits one change.
     *
     * @return the changes (in catalog order) with every type's stock now; empty when no level changed
     */
    public Optional<StockLevelsChanged> recount() {
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
        for (StockChange change : changes) {
            auditor.record(null, AuditAction.STOCK_LEVEL_CHANGED, change.type().value(),
                    Map.of("from", change.from().name(), "to", change.to().name(),
                            "available", Long.toString(change.available())));
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new StockLevelsChanged(changes, counted));
    }

    /**
     * Establishes the levels at start-up.
     *
     * @return the first count as an event without changes: purchase panels drawn before the start (keys
     *     may have been imported while the bot was stopped) are redrawn, and the admins are alerted once if
     *     some type already needs attention
     */
    public StockLevelsChanged startUp() {
        List<StockStatus> counted;
        synchronized (levelLock) {
            invalidate();
            counted = current();
            lastLevels.clear();
            counted.forEach(status -> lastLevels.put(status.type(), status.level()));
        }
        return new StockLevelsChanged(List.of(), counted);
    }

    private List<StockStatus> count() {
        List<StockStatus> statuses = new ArrayList<>();
        for (LicenseTypeCode type : settings.types().codes()) {
            statuses.add(StockStatus.of(type, keys.countAvailable(type), settings.thresholds()));
        }
        return List.copyOf(statuses);
    }

    /** A count and the cache generation it belongs to. */
    private record Snapshot(long generation, List<StockStatus> statuses) {
    }
}
