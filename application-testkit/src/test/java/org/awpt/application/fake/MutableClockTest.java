package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void standsStillUntilSetOrAdvanced() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
        clock.set(START.minusSeconds(60));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(60));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.toString()).contains(START.minusSeconds(60).toString());
    }

    @Test
    void startsAtTheDefaultWithoutAStart() {
        assertThat(new MutableClock().instant()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    void aClockInAnotherZoneSharesTheTime() {
        MutableClock clock = new MutableClock(START);
        Clock manila = clock.withZone(ZoneId.of("Asia/Manila"));

        clock.advance(Duration.ofHours(1));

        assertThat(manila.getZone()).isEqualTo(ZoneId.of("Asia/Manila"));
        assertThat(manila.instant()).isEqualTo(START.plusSeconds(3600));
    }

    @Test
    void concurrentAdvancesAllCount() throws Exception {
        MutableClock clock = new MutableClock(START);
        List<Callable<Instant>> advances = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            advances.add(() -> {
                Instant last = null;
                for (int j = 0; j < 100; j++) {
                    last = clock.advance(Duration.ofSeconds(1));
                }
                return last;
            });
        }

        Race.all(advances);

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3200));
    }
}
