package org.awpt.application.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.access.Requester;
import org.awpt.domain.sale.Sale;

/** Reports over the key inventory's deliveries and the sales ledger, in the shop's time zone. */
public final class SalesReportService implements SalesReportUseCase {
    private final LicenseKeyRepository keys;
    private final SalesLedger sales;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Clock clock;

    /** A service over these ports. */
    public SalesReportService(LicenseKeyRepository keys, SalesLedger sales, ShopSettings settings,
            Authorization authorization, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.sales = Objects.requireNonNull(sales, "sales");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReportPeriod lastDays(int days) {
        return ReportPeriod.lastDays(days, LocalDate.ofInstant(clock.instant(), settings.zone()));
    }

    @Override
    public TransactionReport transactions(Requester admin, ReportPeriod period) {
        authorization.requireOperator(admin, "view transactions");
        ZoneId zone = settings.zone();
        // One query for both periods; the repository leaves days without deliveries out.
        Map<LocalDate, Long> delivered = keys.deliveriesPerDay(period.previous().start(zone), period.end(zone), zone);
        List<Sale> recorded = new ArrayList<>();
        sales.salesBetween(period.start(zone), period.end(zone), recorded::add);
        return TransactionArithmetic.report(period, delivered, recorded);
    }

    @Override
    public long exportSales(Requester admin, ReportPeriod period, Consumer<Sale> sink) {
        authorization.requireOperator(admin, "export sales");
        Objects.requireNonNull(sink, "sink");
        ZoneId zone = settings.zone();
        return sales.salesBetween(period.start(zone), period.end(zone), sink);
    }
}
