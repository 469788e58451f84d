package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.util.Locale;
import org.awpt.application.inventory.InventoryStatistics;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.inventory.TypeStatistics;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.domain.license.KeyStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys stats}: counts per type and status, stock levels, days of stock left. */
@Command(name = "stats", description = "Show key counts per type and status, stock levels and days of stock left.")
final class KeysStatsCommand extends ShopCommand {
    private static final String ROW = "%-12s %10s %10s %10s %10s %10s  %-12s %s%n";

    @ParentCommand
    KeysCommand keys;

    @Mixin
    AdminIdentity admin;

    /** Given by the injector once the database is open. */
    @Inject
    InventoryUseCase inventory;

    @Override
    AwptCommand root() {
        return keys.root;
    }

    @Override
    int run(AwptConfig config) {
        InventoryStatistics stats = inventory.statistics(admin.requester(root().context()));
        PrintWriter out = root().context().out();
        out.printf(ROW, "TYPE", "AVAILABLE", "REQUESTED", "USED", "REVOKED", "TOTAL", "STOCK", "DAYS LEFT");
        for (TypeStatistics type : stats.types()) {
            out.printf(ROW, type.type().value(), type.count(KeyStatus.AVAILABLE), type.count(KeyStatus.REQUESTED),
                    type.count(KeyStatus.USED), type.count(KeyStatus.REVOKED), type.total(),
                    type.stock().level().name().toLowerCase(Locale.ROOT),
                    type.daysOfStockLeft().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", type.daysOfStockLeft().getAsDouble()) : "-");
        }
        out.printf(ROW, "all", stats.totals().get(KeyStatus.AVAILABLE), stats.totals().get(KeyStatus.REQUESTED),
                stats.totals().get(KeyStatus.USED), stats.totals().get(KeyStatus.REVOKED), stats.total(), "", "");
        out.printf("Keys delivered in the last 14 days: %d%n", stats.recentSales());
        out.flush();
        return ExitCodes.OK;
    }
}
