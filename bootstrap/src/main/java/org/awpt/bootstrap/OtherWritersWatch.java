package org.awpt.bootstrap;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.awpt.application.stock.StockUseCase;

/**
 * Notices that another process wrote the shop's SQLite file (the command line importing or
 * revoking keys while the bot runs) and refreshes the stock as if the bot had made the change:
 * counts are recounted, and a level change alerts the admins and updates the purchase panels.
 * SQLite's {@code data_version} moves whenever another connection commits, so a round that finds
 * it still is one cheap query.
 */
public final class OtherWritersWatch {
    private final LongSupplier dataVersion;
    private final StockUseCase stock;
    private long seen;

    /** Watches from now on: writes committed before this are already in the counts. */
    public OtherWritersWatch(LongSupplier dataVersion, StockUseCase stock) {
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.seen = dataVersion.getAsLong();
    }

    /**
     * One round: when the database moved since the last round, recounts the stock.
     *
     * @return the stock level changes found (0 when nothing moved)
     */
    public synchronized int check() {
        long now = dataVersion.getAsLong();
        if (now == seen) {
            return 0;
        }
        // refresh() forgets the cached counts before recounting: those from before the other commit are stale.
        int changes = stock.refresh().size();
        seen = now;
        return changes;
    }
}
