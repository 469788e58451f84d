package org.awpt.application.stock;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.event.ShopEvents;
import org.awpt.domain.event.StockLevelsChanged;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** The stock use case: the monitor's counts, its level changes published to the shop's reactions. */
public final class StockService implements StockUseCase {
    private final StockMonitor monitor;
    private final ShopEvents events;

    /** Counts through {@code monitor}; level changes go to {@code events}. */
    public StockService(StockMonitor monitor, ShopEvents events) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public List<StockStatus> current() {
        return monitor.current();
    }

    @Override
    public List<StockChange> refresh() {
        Optional<StockLevelsChanged> changed = monitor.recount();
        changed.ifPresent(events::publish);
        return changed.map(StockLevelsChanged::changes).orElse(List.of());
    }

    @Override
    public void startUp() {
        events.publish(monitor.startUp());
    }
}
