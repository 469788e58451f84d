package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.awpt.adapters.discord.chart.ChartStyle;
import org.awpt.adapters.discord.chart.TransactionChartRenderer;
import org.awpt.adapters.discord.export.CsvStream;
import org.awpt.adapters.discord.export.SalesTable;
import org.awpt.application.report.ReportPeriod;
import org.awpt.application.report.RevenueLine;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.report.TransactionReport;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.domain.access.Requester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code awpt report [--days N | --from DAY [--to DAY]] [--chart FILE.png] [--csv FILE.csv]}: keys
 * delivered per day with totals and trend, revenue per payment method and currency, a chart, the sales as CSV.
 */
@Command(name = "report", description = "Keys delivered per day and revenue per payment method and currency over a "
        + "period, optionally drawn to a PNG chart and the sales written to a CSV file.")
final class ReportCommand extends ShopCommand {
    @ParentCommand
    AwptCommand root;

    @Mixin
    AdminIdentity admin;

    /** Given by the injector once the database is open. */
    @Inject
    SalesReportUseCase reports;

    @Spec
    CommandSpec spec;

    int days = 30;
    boolean daysGiven;

    /** Checked while the command line is read, so a wrong number is a usage error (exit 2). */
    @Option(names = "--days", paramLabel = "N",
            description = "The last N days, today included, 1 to " + ReportPeriod.MAX_DAYS + " (default 30); with "
                    + "--to, the N days ending that day.")
    void days(int value) {
        if (value < 1 || value > ReportPeriod.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--days': " + value
                    + " is not a whole number from 1 to " + ReportPeriod.MAX_DAYS);
        }
        days = value;
        daysGiven = true;
    }

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The first day (in the shop's time zone).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last day, included (default: today).")
    LocalDate to;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the series to this PNG file.")
    Path chart;

    @Option(names = "--style", defaultValue = "BAR", paramLabel = "STYLE",
            description = "Chart style: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    ChartStyle style;

    @Option(names = "--csv", paramLabel = "FILE.csv",
            description = "Also write the period's sales to this CSV file: date, type, method, amount, currency, "
                    + "order id, masked keys, buyer id.")
    Path csv;

    @Option(names = "--force", description = "Replace the chart or CSV file if it exists.")
    boolean force;

    private OutputFile chartFile;
    private OutputFile csvFile;

    @Override
    AwptCommand root() {
        return root;
    }

    @Override
    void check(AwptConfig config) {
        if (from != null && daysGiven) {
            throw new ParameterException(spec.commandLine(), "Give either --from (with --to) or --days, not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        if (chart != null) {
            chartFile = OutputFile.checked(root.context().workingDir(), chart, config.database().dataDir(), force);
        }
        if (csv != null) {
            csvFile = OutputFile.checked(root.context().workingDir(), csv, config.database().dataDir(), force);
        }
    }

    @Override
    int run(AwptConfig config) {
        Requester requester = admin.requester(root().context());
        ReportPeriod period = period(reports);
        TransactionReport report = reports.transactions(requester, period);
        PrintWriter out = root.context().out();
        out.printf("Keys delivered from %s to %s (%s):%n", report.from(), report.to(), config.shop().zone());
        report.perDay().forEach((day, count) -> out.printf("  %s  %d%n", day, count));
        out.printf("Total: %d, daily average: %s%n", report.total(), report.dailyAverage());
        out.println(CountedText.format("Trend against the previous {days, plural, one {day} other {# days}} ({previous}):"
                + " {trend}", "days", report.days(), "previous", Long.toString(report.previousTotal()),
                "trend", report.trendPercent().map(p -> (p.signum() > 0 ? "+" : "") + p + " %").orElse("n/a")));
        out.printf("Busiest day: %s%n", report.busiestDay().map(d -> d + " (" + report.busiestDayCount() + ")")
                .orElse("none"));
        printRevenue(out, report);
        if (chart != null) {
            byte[] png = new TransactionChartRenderer().render("Keys delivered, " + report.from() + " to "
                    + report.to(), "Keys", report.perDay(), style);
            chartFile.write(file -> Files.write(file, png, StandardOpenOption.CREATE_NEW));
            out.printf("Chart written to %s%n", chartFile.path());
        }
        if (csv != null) {
            long written = csvFile.writeStream(stream -> {
                try (CsvStream table = new CsvStream(stream, SalesTable.COLUMNS)) {
                    return reports.exportSales(requester, period, sale -> {
                        try {
                            table.write(SalesTable.row(sale));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
            out.println(CountedText.format("Wrote {count, plural, one {# sale} other {# sales}} to {file}",
                    "count", written, "file", csvFile.path().toString()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private ReportPeriod period(SalesReportUseCase reports) {
        if (from != null) {
            return new ReportPeriod(from, to == null ? reports.lastDays(1).to() : to);
        }
        if (to != null) {
            return ReportPeriod.lastDays(days, to);
        }
        return reports.lastDays(days);
    }

    private static void printRevenue(PrintWriter out, TransactionReport report) {
        out.println(report.revenue().isEmpty() ? "Revenue: no recorded sale" : "Revenue by method and currency:");
        for (RevenueLine line : report.revenue()) {
            String amount = line.amount().map(Object::toString).orElse("no amount recorded");
            out.println(CountedText.format("  {method}  {amount}  ({sales, plural, one {# sale} other {# sales}}, "
                    + "{keys, plural, one {# key} other {# keys}})", "method", line.method(), "amount", amount,
                    "sales", line.sales(), "keys", line.keys()));
        }
        if (report.unrecordedKeys() > 0) {
            out.println(CountedText.format("{count, plural, one {# key} other {# keys}} delivered with no recorded sale "
                    + "(sold before sales were recorded): counted per day, without a method or an amount",
                    "count", report.unrecordedKeys()));
        }
    }
}
