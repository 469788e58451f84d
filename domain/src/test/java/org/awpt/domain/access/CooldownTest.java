package org.awpt.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.T0;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CooldownTest {
    private static final CooldownAction ACTION = CooldownAction.ROBUX_VERIFICATION;
    private final CooldownRule rule = CooldownRule.defaults();

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 0", "2, 0", "3, 30", "4, 60", "5, 120", "6, 240", "9, 1920", "10, 3600", "11, 3600",
        "1000, 3600", "2147483647, 3600"})
    void defaultsAreTwoFreeFailuresThenThirtySecondsDoublingToAnHour(int failures, long seconds) {
        assertThat(rule.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 4", "4, 8", "5, 10", "6, 10"})
    void withoutFreeFailuresTheFirstFailureWaitsTheBase(int failures, long seconds) {
        CooldownRule rule = new CooldownRule(0, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(rule.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void aRuleWhoseBaseIsItsMaxNeverDoubles() {
        CooldownRule flat = new CooldownRule(1, Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(flat.waitAfter(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(flat.waitAfter(20)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRuleHasSensibleNumbers() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new CooldownRule(-1, s, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CooldownRule(0, Duration.ZERO, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CooldownRule(0, s.negated(), s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CooldownRule(0, s.multipliedBy(2), s))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CooldownRule(0, null, s)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CooldownRule(0, s, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFreshCooldownIsReadyAtAnyTime() {
        Cooldown fresh = Cooldown.fresh(BUYER, ACTION);
        assertThat(fresh.failures()).isZero();
        assertThat(fresh.until()).isEqualTo(Instant.MIN);
        assertThatCode(() -> fresh.requireReady(T0)).doesNotThrowAnyException();
    }

    @Test
    void freeFailuresAreCountedButCostNoWait() {
        Cooldown once = Cooldown.fresh(BUYER, ACTION).afterFailure(rule, T0);
        Cooldown twice = once.afterFailure(rule, T0);
        assertThat(twice.failures()).isEqualTo(2);
        assertThat(twice.until()).isEqualTo(T0);
        assertThatCode(() -> twice.requireReady(T0)).doesNotThrowAnyException();
    }

    @Test
    void aFailurePastTheFreeOnesRefusesUntilTheWaitIsOver() {
        Cooldown cooldown = Cooldown.fresh(BUYER, ACTION).afterFailure(rule, T0).afterFailure(rule, T0)
                .afterFailure(rule, T0);
        Instant retryAt = T0.plusSeconds(30);
        assertThat(cooldown.failures()).isEqualTo(3);
        assertThat(cooldown.until()).isEqualTo(retryAt);
        assertThatThrownBy(() -> cooldown.requireReady(retryAt.minusMillis(1)))
                .isInstanceOfSatisfying(CoolingDownException.class, e -> {
                    assertThat(e.code()).isEqualTo("cooling_down");
                    assertThat(e.retryAt()).isEqualTo(retryAt);
                    assertThat(e.details()).containsEntry("action", "robux_verification")
                            .containsEntry("retryAt", retryAt);
                });
        assertThatCode(() -> cooldown.requireReady(retryAt)).doesNotThrowAnyException();

        Cooldown fourth = cooldown.afterFailure(rule, retryAt);
        assertThat(fourth.until()).isEqualTo(retryAt.plusSeconds(60));
    }

    @Test
    void successClearsTheCount() {
        Cooldown cooled = new Cooldown(BUYER, ACTION, 7, T0.plusSeconds(600));
        Cooldown cleared = cooled.afterSuccess();
        assertThat(cleared).isEqualTo(Cooldown.fresh(BUYER, ACTION));
        assertThatCode(() -> cleared.requireReady(T0)).doesNotThrowAnyException();
    }

    @Test
    void aCooldownNamesUserActionAndTime() {
        assertThatThrownBy(() -> new Cooldown(null, ACTION, 0, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Cooldown(BUYER, null, 0, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Cooldown(BUYER, ACTION, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Cooldown(BUYER, ACTION, -1, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionsHaveStableCodes() {
        assertThat(CooldownAction.ROBUX_VERIFICATION.code()).isEqualTo("robux_verification");
        assertThat(CooldownAction.MANUAL_PAYMENT).hasToString("manual_payment");
        assertThat(CooldownAction.OPEN_TICKET).isEqualTo(new CooldownAction("open_ticket"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Robux", "open ticket", "open-ticket", "abcdefghijabcdefghijabcdefghijabc"})
    void actionCodesAreLowerCaseWords(String code) {
        assertThatThrownBy(() -> new CooldownAction(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
