package org.awpt.adapters.discord.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Draws keys delivered per day as a bar or line chart, to PNG bytes. Runs headless
 * ({@code java.awt.headless=true}); days are labelled {@code MM-dd}, thinned out on long periods.
 */
public final class TransactionChartRenderer {
    /** Width of the image in pixels. */
    public static final int WIDTH = 800;
    /** Height of the image in pixels. */
    public static final int HEIGHT = 400;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
    private static final Color SERIES = new Color(0x58, 0x65, 0xF2);

    /**
     * The chart of a series as PNG bytes.
     *
     * @param title  the chart's title
     * @param yLabel the label of the counts
     * @param perDay counts per day (days missing count as absent; callers fill zeros)
     * @param style  bars or a line
     */
    public byte[] render(String title, String yLabel, SortedMap<LocalDate, Long> perDay, ChartStyle style) {
        return png(chart(title, yLabel, perDay, style));
    }

    /** The chart before encoding. */
    CategoryChart chart(String title, String yLabel, SortedMap<LocalDate, Long> perDay, ChartStyle style) {
        SortedMap<LocalDate, Long> series = perDay.isEmpty() ? new TreeMap<>(java.util.Map.of(LocalDate.EPOCH, 0L))
                : perDay;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("").yAxisTitle(yLabel).build();
        Styler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(new Color[] {SERIES});
        chart.getStyler().setXAxisLabelRotation(series.size() > 14 ? 45 : 0);
        chart.getStyler().setXAxisMaxLabelCount(Math.max(2, Math.min(series.size(), 31)));
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        // Counts start at zero; with nothing delivered, XChart would centre the zero line in the plot.
        chart.getStyler().setYAxisMin(0.0);
        if (series.values().stream().allMatch(count -> count == 0)) {
            chart.getStyler().setYAxisMax(1.0);
        }
        List<String> days = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        series.forEach((day, count) -> {
            days.add(DAY.format(day));
            counts.add(count);
        });
        CategorySeries drawn = chart.addSeries("delivered", days, counts);
        drawn.setChartCategorySeriesRenderStyle(style == ChartStyle.LINE
                ? CategorySeries.CategorySeriesRenderStyle.Line : CategorySeries.CategorySeriesRenderStyle.Bar);
        return chart;
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }
}
