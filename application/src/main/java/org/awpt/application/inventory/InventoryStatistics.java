package org.awpt.application.inventory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.domain.license.KeyStatus;

/**
 * The inventory at a glance.
 *
 * @param generatedAt when it was counted
 * @param types       every catalog type in catalog order (also those without keys), then any other type found
 * @param recentSales keys delivered in the last {@value InventoryService#SALES_WINDOW_DAYS} calendar days (today included), all types
 */
public record InventoryStatistics(Instant generatedAt, List<TypeStatistics> types, long recentSales) {
    /** Checks the parts and copies the list. */
    public InventoryStatistics {
        Objects.requireNonNull(generatedAt, "generatedAt");
        types = List.copyOf(types);
        if (recentSales < 0) {
            throw new IllegalArgumentException("recent sales are 0 or more");
        }
    }

    /** Keys per status over every type; every status is present. */
    public Map<KeyStatus, Long> totals() {
        Map<KeyStatus, Long> totals = new EnumMap<>(KeyStatus.class);
        for (KeyStatus status : KeyStatus.values()) {
            totals.put(status, types.stream().mapToLong(type -> type.count(status)).sum());
        }
        return totals;
    }

    /** Every key in the inventory. */
    public long total() {
        return types.stream().mapToLong(TypeStatistics::total).sum();
    }
}
