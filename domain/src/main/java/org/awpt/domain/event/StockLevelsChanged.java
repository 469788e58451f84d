package org.awpt.domain.event;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/**
 * Stock levels changed, or at start-up some type already needs attention (then {@code changes} is
 * empty): admins are alerted and purchase panels refreshed.
 *
 * @param changes the level changes, in catalog order; empty at start-up
 * @param current every type's stock now, in catalog order
 */
public record StockLevelsChanged(List<StockChange> changes, List<StockStatus> current) implements ShopEvent {
    /** Copies the lists. */
    public StockLevelsChanged {
        changes = List.copyOf(changes);
        current = List.copyOf(current);
    }
}
