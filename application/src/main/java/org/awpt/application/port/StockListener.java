package org.awpt.application.port;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** Hears about stock level changes, for example to refresh every open purchase panel. */
public interface StockListener {

    /**
     * Levels changed, or the shop started ({@code changes} empty: redraw from {@code current}, since what
     * was drawn before the stop may be stale); {@code current} is every type's status now.
     */
    void stockChanged(List<StockChange> changes, List<StockStatus> current);
}
