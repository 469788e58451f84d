package org.awpt.application.stock;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** The stock of every license type, and the alerts when its level changes. */
public interface StockUseCase {

    /** Every catalog type's stock, in catalog order; cached until a change of stock is published. */
    List<StockStatus> current();

    /**
     * Counts again (for the periodic round, or after another process wrote) and, for each type whose
     * level changed since the last count, publishes one change: audited, admins alerted, purchase
     * panels refreshed. No change, no notice.
     *
     * @return the changes, in catalog order; empty when no level changed
     */
    List<StockChange> refresh();

    /**
     * Establishes the levels at start-up: every purchase panel is redrawn with the stock now (keys
     * imported while the bot was stopped count), and the admins are alerted once if some type already
     * needs attention.
     */
    void startUp();
}
