package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.awpt.adapters.discord.chart.ChartStyle;
import org.awpt.adapters.discord.chart.TransactionChartRenderer;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.inventory.TransactionReport;
import org.awpt.bootstrap.config.AwptConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code awpt report --days N --chart FILE.png}: keys delivered per day, with totals, trend and a chart. */
@Command(name = "report", description = "Keys delivered per day over the last N days, optionally drawn to a PNG chart.")
final class ReportCommand extends ShopCommand {
    @ParentCommand
    AwptCommand root;

    @Mixin
    AdminIdentity admin;

    /** Given by the injector once the database is open. */
    @Inject
    InventoryUseCase inventory;

    @Spec
    CommandSpec spec;

    int days;

    /** Checked while the command line is read, so a wrong number is a usage error (exit 2). */
    @Option(names = "--days", defaultValue = "30", paramLabel = "N",
            description = "Days to cover, 1 to " + InventoryService.MAX_REPORT_DAYS + " (default ${DEFAULT-VALUE}).")
    void days(int value) {
        if (value < 1 || value > InventoryService.MAX_REPORT_DAYS) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--days': " + value
                    + " is not a whole number from 1 to " + InventoryService.MAX_REPORT_DAYS);
        }
        days = value;
    }

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the series to this PNG file.")
    Path chart;

    @Option(names = "--style", defaultValue = "BAR", paramLabel = "STYLE",
            description = "Chart style: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    ChartStyle style;

    @Option(names = "--force", description = "Replace the chart file if it exists.")
    boolean force;

    private OutputFile chartFile;

    @Override
    AwptCommand root() {
        return root;
    }

    @Override
    void check(AwptConfig config) {
        if (chart != null) {
            chartFile = OutputFile.checked(root.context().workingDir(), chart, config.database().dataDir(), force);
        }
    }

    @Override
    int run(AwptConfig config) {
        TransactionReport report = inventory.transactions(admin.requester(root().context()), days);
        PrintWriter out = root.context().out();
        out.printf("Keys delivered from %s to %s (%s):%n", report.from(), report.to(), config.shop().zone());
        report.perDay().forEach((day, count) -> out.printf("  %s  %d%n", day, count));
        out.printf("Total: %d, daily average: %s%n", report.total(), report.dailyAverage());
        out.println(CountedText.format("Trend against the previous {days, plural, one {day} other {# days}} ({previous}):"
                + " {trend}", "days", report.days(), "previous", Long.toString(report.previousTotal()),
                "trend", report.trendPercent().map(p -> (p.signum() > 0 ? "+" : "") + p + " %").orElse("n/a")));
        out.printf("Busiest day: %s%n", report.busiestDay().map(d -> d + " (" + report.busiestDayCount() + ")")
                .orElse("none"));
        if (chart != null) {
            byte[] png = new TransactionChartRenderer().render("Keys delivered, last " + report.days() + " days",
                    "Keys", report.perDay(), style);
            chartFile.write(file -> Files.write(file, png, StandardOpenOption.CREATE_NEW));
            out.printf("Chart written to %s%n", chartFile.path());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
