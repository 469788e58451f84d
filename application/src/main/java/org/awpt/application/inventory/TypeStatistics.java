package org.awpt.application.inventory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockStatus;

/**
 * The inventory of one license type.
 *
 * @param type            the type
 * @param displayName     its name as buyers see it (the code for a type no longer in the catalog)
 * @param counts          keys per status; every status is present, zero when there is none
 * @param stock           its stock level
 * @param daysOfStockLeft how many days the available keys last at the recent sales rate; empty when nothing sold
 */
public record TypeStatistics(LicenseTypeCode type, String displayName, Map<KeyStatus, Long> counts,
        StockStatus stock, OptionalDouble daysOfStockLeft) {
    /** Checks the parts and fills missing statuses with zero. */
    public TypeStatistics {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(stock, "stock");
        EnumMap<KeyStatus, Long> all = new EnumMap<>(KeyStatus.class);
        for (KeyStatus status : KeyStatus.values()) {
            all.put(status, counts == null ? 0L : counts.getOrDefault(status, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
        daysOfStockLeft = daysOfStockLeft == null ? OptionalDouble.empty() : daysOfStockLeft;
    }

    /** How many keys of the type are in a status. */
    public long count(KeyStatus status) {
        return counts.get(status);
    }

    /** How many keys of the type the inventory holds, in any status. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
