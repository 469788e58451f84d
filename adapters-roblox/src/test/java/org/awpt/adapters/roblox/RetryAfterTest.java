package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private final TestClock clock = new TestClock();

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse(" 17 ", clock)).contains(Duration.ofSeconds(17));
    }

    @Test
    void readsAnHttpDateRelativeToNow() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 12:00:42 GMT", clock)).contains(Duration.ofSeconds(42));
    }

    @Test
    void aPastDateMeansNow() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 11:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "-5", "1.5", "99999999999999999999999"})
    void ignoresWhatItCannotRead(String header) {
        assertThat(RetryAfter.parse(header, clock)).isEmpty();
    }
}
