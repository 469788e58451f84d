package org.awpt.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.T0;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LockdownTest {
    private final Feature gcash = Feature.paymentMethod("gcash");

    @Test
    void aLockedFeatureRefusesWithTheAdminsReason() {
        Lockdown lockdown = new Lockdown(gcash, true, ADMIN, T0, "  GCash is down ");
        assertThat(lockdown.reason()).isEqualTo("GCash is down");
        assertThatThrownBy(lockdown::requireOpen)
                .isInstanceOfSatisfying(LockedDownException.class, e -> {
                    assertThat(e.code()).isEqualTo("locked_down");
                    assertThat(e.details()).containsEntry("feature", "gcash")
                            .containsEntry("reason", "GCash is down");
                });
    }

    @Test
    void anOpenFeaturePasses() {
        assertThatCode(() -> new Lockdown(gcash, false, ADMIN, T0, "reopened").requireOpen())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingReasonIsStatedAsSuch(String reason) {
        assertThat(new Lockdown(Feature.IMPORTS, true, ADMIN, T0, reason).reason()).isEqualTo("no reason given");
    }

    @Test
    void aReasonIsAtMost500Characters() {
        assertThat(new Lockdown(gcash, true, ADMIN, T0, " " + "x".repeat(500) + " ").reason()).hasSize(500);
        assertThatThrownBy(() -> new Lockdown(gcash, true, ADMIN, T0, "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLockdownNamesFeatureWhoAndWhen() {
        assertThatThrownBy(() -> new Lockdown(null, true, ADMIN, T0, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Lockdown(gcash, true, null, T0, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Lockdown(gcash, true, ADMIN, null, "r")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void featuresHaveStableCodes() {
        assertThat(Feature.KEY_REQUESTS.code()).isEqualTo("key_requests");
        assertThat(Feature.IMPORTS).hasToString("imports");
        assertThat(gcash).isEqualTo(new Feature("gcash"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GCash", "g cash", "g-cash", "abcdefghijabcdefghijabcdefghijabc"})
    void featureCodesAreLowerCaseWords(String code) {
        assertThatThrownBy(() -> new Feature(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
