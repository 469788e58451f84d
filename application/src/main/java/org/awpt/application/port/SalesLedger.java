package org.awpt.application.port;

import java.time.Instant;
import java.util.function.Consumer;
import org.awpt.domain.sale.Sale;

/**
 * Every completed sale with its method and amount, for revenue reports and exports. One record per
 * sale, each written by itself (no multi-document transaction); keys are kept masked only.
 */
public interface SalesLedger {

    /**
     * Keeps a sale; a sale whose reference is already kept changes nothing (a retried webhook or a
     * replayed event records one sale).
     *
     * @return whether it was new
     */
    boolean record(Sale sale);

    /**
     * Hands every sale completed from {@code from} (included) to {@code to} (excluded) to {@code sink},
     * oldest first (equal times by reference), as it is read.
     *
     * @return how many sales were handed over
     */
    long salesBetween(Instant from, Instant to, Consumer<Sale> sink);
}
