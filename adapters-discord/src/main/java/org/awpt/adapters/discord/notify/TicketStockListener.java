package org.awpt.adapters.discord.notify;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.application.port.StockListener;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes every open purchase ticket's embed when a stock level changes and at start-up, off the caller's thread. */
public final class TicketStockListener implements StockListener {
    private static final Logger LOG = LoggerFactory.getLogger(TicketStockListener.class);

    private final TicketEmbeds embeds;
    private final Executor executor;

    /** A listener refreshing through {@code embeds} on {@code executor}. */
    public TicketStockListener(TicketEmbeds embeds, Executor executor) {
        this.embeds = Objects.requireNonNull(embeds, "embeds");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void stockChanged(List<StockChange> changes, List<StockStatus> current) {
        try {
            executor.execute(() -> LOG.info("refreshed {} purchase embeds after a stock change", embeds.refreshAll()));
        } catch (RejectedExecutionException e) {
            LOG.warn("purchase embeds not refreshed after a stock change: the executor is full or stopping");
        }
    }
}
