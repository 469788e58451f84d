package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.ReminderLog;
import org.awpt.domain.license.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderLog} does. Subclasses give a fresh, empty log. */
public abstract class ReminderLogContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private ReminderLog log;

    /** A fresh, empty log. */
    protected abstract ReminderLog newRepository();

    @BeforeEach
    void setUp() {
        log = newRepository();
    }

    @Test
    void aReminderIsClaimedOnce() {
        KeyCode key = TestKeys.code(1);

        assertThat(log.sentAt(key)).isEmpty();
        assertThat(log.markSent(key, T0)).isTrue();
        assertThat(log.markSent(key, T0.plusSeconds(60))).isFalse();
        assertThat(log.sentAt(key)).contains(T0);
        assertThat(log.sentAt(TestKeys.code(2))).isEmpty();
    }

    @Test
    void concurrentClaimsOfOneReminderHaveExactlyOneWinner() throws Exception {
        KeyCode key = TestKeys.code(7);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                claims.add(pool.submit(() -> log.markSent(key, T0)));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
