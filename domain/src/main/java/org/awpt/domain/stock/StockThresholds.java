package org.awpt.domain.stock;

/**
 * When stock counts as critical and low.
 *
 * @param critical at or below this many keys, new purchases of the type do not start (default 1)
 * @param low      at or below this many keys, admins are alerted (default 10)
 */
public record StockThresholds(int critical, int low) {
    /** Checks {@code 0 <= critical <= low}. */
    public StockThresholds {
        if (critical < 0 || low < critical) {
            throw new IllegalArgumentException("0 <= critical <= low, got " + critical + " and " + low);
        }
    }

    /** The specification's thresholds: critical 1, low 10. */
    public static StockThresholds defaults() {
        return new StockThresholds(1, 10);
    }

    /** The level of a type with this many available keys. */
    public StockLevel levelOf(long available) {
        if (available <= 0) {
            return StockLevel.OUT_OF_STOCK;
        }
        if (available <= critical) {
            return StockLevel.CRITICAL;
        }
        if (available <= low) {
            return StockLevel.LOW;
        }
        return StockLevel.HEALTHY;
    }
}
