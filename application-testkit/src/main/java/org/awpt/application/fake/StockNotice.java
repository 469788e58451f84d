package org.awpt.application.fake;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/**
 * One stock notification a recording fake received.
 *
 * @param changes the level changes
 * @param current every type's status then
 */
public record StockNotice(List<StockChange> changes, List<StockStatus> current) {
    /** Copies both lists. */
    public StockNotice {
        changes = List.copyOf(changes);
        current = List.copyOf(current);
    }
}
