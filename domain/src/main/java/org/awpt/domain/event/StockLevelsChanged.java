package org.awpt.domain.event;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/**
 * Stock levels changed, or the first count at start-up (then {@code changes} is empty): purchase
 * panels are redrawn, and admins are alerted of changes and, at start-up, of types already needing attention.
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
