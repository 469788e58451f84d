package org.awpt.application.port;

import org.awpt.domain.event.SaleCompleted;

/**
 * Tells the shop's staff of every completed sale, one line each (a sales channel): buyer, type,
 * method and masked keys. Best effort: a failure is logged by the adapter or the dispatcher, never
 * stops the sale.
 */
public interface SalesFeed {

    /** A sale completed. */
    void saleCompleted(SaleCompleted sale);
}
