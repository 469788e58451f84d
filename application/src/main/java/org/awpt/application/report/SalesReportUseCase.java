package org.awpt.application.report;

import java.util.function.Consumer;
import org.awpt.domain.access.Requester;
import org.awpt.domain.sale.Sale;

/**
 * Reports on what the shop sold, for admins and the operator at the shop's console; anyone else is
 * refused with {@link org.awpt.domain.NotAuthorizedException}.
 */
public interface SalesReportUseCase {

    /**
     * The last {@code days} days, today (in the shop's zone) included.
     *
     * @throws org.awpt.domain.InvalidInputException unless {@code days} is 1 to {@value ReportPeriod#MAX_DAYS}
     */
    ReportPeriod lastDays(int days);

    /** Keys delivered per day over a period, with totals, trend, busiest day and revenue per method and currency. */
    TransactionReport transactions(Requester admin, ReportPeriod period);

    /**
     * Hands each recorded sale of a period to {@code sink}, oldest first, as it is read: keys masked only.
     *
     * @return how many sales were handed over
     */
    long exportSales(Requester admin, ReportPeriod period, Consumer<Sale> sink);
}
