package org.awpt.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverAHundredShuffledValues() {
        List<Duration> values = IntStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).mapToObj(Duration::ofMillis)
                .toList();
        Percentiles percentiles = new Percentiles(values);

        assertThat(percentiles.at(50)).isEqualTo(Duration.ofMillis(50));
        assertThat(percentiles.at(99)).isEqualTo(Duration.ofMillis(99));
        assertThat(percentiles.at(100)).isEqualTo(percentiles.max()).isEqualTo(Duration.ofMillis(100));
        assertThat(percentiles.count()).isEqualTo(100);
    }

    @Test
    void oneValueIsEveryPercentileAndNoneIsRefused() {
        assertThat(new Percentiles(List.of(Duration.ofMillis(7))).at(1)).isEqualTo(Duration.ofMillis(7));
        assertThatThrownBy(() -> new Percentiles(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(List.of(Duration.ZERO)).at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
