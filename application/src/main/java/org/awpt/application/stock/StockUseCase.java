package org.awpt.application.stock;

import java.util.List;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** The stock of every license type, and the alerts when its level changes. */
public interface StockUseCase {

    /** Every catalog type's stock, in catalog order; cached until {@link #invalidate()}. */
    List<StockStatus> current();

    /**
     * Forgets the cached stock, so the next {@link #current()} counts again, without alerting anyone.
     * {@link #refresh()} and {@link #startUp()} forget it themselves.
     */
    void invalidate();

    /**
     * Counts again and, for each type whose level changed since the last count, reports one change:
     * admins are alerted, listeners told, and an audit event written. No change, no notice.
     *
     * @return the changes, in catalog order; empty when no level changed
     */
    List<StockChange> refresh();

    /** Establishes the levels at start-up and alerts the admins once if some type already needs attention. */
    void startUp();
}
