package org.awpt.domain.stock;

import java.util.Objects;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The stock of one license type.
 *
 * @param type      the license type
 * @param available keys in stock
 * @param level     the level those keys make
 */
public record StockStatus(LicenseTypeCode type, long available, StockLevel level) {
    /** Checks the parts. */
    public StockStatus {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        if (available < 0) {
            throw new IllegalArgumentException("available is 0 or more");
        }
    }

    /** The status of a type with this many keys, by these thresholds. */
    public static StockStatus of(LicenseTypeCode type, long available, StockThresholds thresholds) {
        return new StockStatus(type, available, thresholds.levelOf(available));
    }
}
