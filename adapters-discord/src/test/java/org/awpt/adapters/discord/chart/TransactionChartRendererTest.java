package org.awpt.adapters.discord.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionChartRendererTest {
    private final TransactionChartRenderer renderer = new TransactionChartRenderer();

    @ParameterizedTest
    @EnumSource(ChartStyle.class)
    void drawsADecodablePngWithTheSeries(ChartStyle style) throws IOException {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 30; i++) {
            perDay.put(start.plusDays(i), (long) (i % 7) * 3);
        }
        byte[] png = renderer.render("Keys delivered", "keys", perDay, style);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(TransactionChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TransactionChartRenderer.HEIGHT);
        assertThat(seriesColouredPixels(image)).isGreaterThan(style == ChartStyle.BAR ? 2000 : 200);
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.class)
    void drawsAnEmptySeries(ChartStyle style) throws IOException {
        byte[] png = renderer.render("Nothing", "keys", new TreeMap<>(), style);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(TransactionChartRenderer.WIDTH);
        assertThat(distinctColours(image)).isGreaterThan(1);
    }

    @org.junit.jupiter.api.Test
    void aWeekWithNothingDeliveredDrawsItsZeroLineAtTheBottomOfThePlot() throws IOException {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            perDay.put(LocalDate.of(2026, 1, 1).plusDays(i), 0L);
        }
        assertThat(renderer.chart("Nothing", "keys", perDay, ChartStyle.LINE).getStyler().getYAxisMax()).isEqualTo(1.0);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                renderer.render("Nothing", "keys", perDay, ChartStyle.LINE)));
        int[] rows = seriesColouredRows(image);
        assertThat(rows).isNotEmpty();
        assertThat(java.util.Arrays.stream(rows).min().orElseThrow()).isGreaterThan(image.getHeight() * 3 / 4);
    }

    @org.junit.jupiter.api.Test
    void countsStartAtZero() {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>(java.util.Map.of(LocalDate.of(2026, 1, 1), 40L,
                LocalDate.of(2026, 1, 2), 42L));
        assertThat(renderer.chart("Some", "keys", perDay, ChartStyle.BAR).getStyler().getYAxisMin()).isEqualTo(0.0);
        assertThat(renderer.chart("Some", "keys", perDay, ChartStyle.BAR).getStyler().getYAxisMax()).isNull();
    }

    private static int[] seriesColouredRows(BufferedImage image) {
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 150 && ((rgb >> 8) & 0xFF) < 150) {
                    rows.add(y);
                }
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.class)
    void codesRoundTrip(ChartStyle style) {
        assertThat(ChartStyle.fromCode(style.code())).isEqualTo(style);
        assertThat(ChartStyle.fromCode("nonsense")).isEqualTo(ChartStyle.BAR);
    }

    private static int seriesColouredPixels(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (b > 200 && r < 150 && g < 150) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
