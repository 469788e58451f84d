package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseTypeTest {
    private static final LicenseType TRIAL = new LicenseType(new LicenseTypeCode("trial-3d"), "Trial", Duration.ofDays(3));

    @Test
    void weeklyIsSevenDaysAndMonthlyThirty() {
        assertThat(LicenseType.weekly()).isEqualTo(
                new LicenseType(LicenseTypeCode.WEEKLY, "Weekly", Duration.ofDays(7)));
        assertThat(LicenseType.monthly()).isEqualTo(
                new LicenseType(LicenseTypeCode.MONTHLY, "Monthly", Duration.ofDays(30)));
        assertThat(LicenseTypeCode.WEEKLY.value()).isEqualTo("weekly");
        assertThat(LicenseTypeCode.MONTHLY).hasToString("monthly");
    }

    @Test
    void defaultCatalogListsWeeklyThenMonthly() {
        LicenseTypeCatalog catalog = LicenseTypeCatalog.defaults();
        assertThat(catalog.codes()).containsExactly(LicenseTypeCode.WEEKLY, LicenseTypeCode.MONTHLY);
        assertThat(catalog.all()).containsExactly(LicenseType.weekly(), LicenseType.monthly());
        assertThat(catalog.require(LicenseTypeCode.WEEKLY).validity()).isEqualTo(Duration.ofDays(7));
        assertThat(catalog.require(LicenseTypeCode.MONTHLY).validity()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aShopAddsATypeByConfigurationAlone() {
        LicenseTypeCatalog catalog = new LicenseTypeCatalog(List.of(LicenseType.weekly(), TRIAL));
        assertThat(catalog.codes()).containsExactly(LicenseTypeCode.WEEKLY, TRIAL.code());
        assertThat(catalog.find(TRIAL.code())).contains(TRIAL);
        assertThat(catalog.require("Trial-3D")).isEqualTo(TRIAL);
        assertThat(catalog.find(LicenseTypeCode.MONTHLY)).isEmpty();
    }

    @Test
    void requireByTextIgnoresCaseAndSpaces() {
        assertThat(LicenseTypeCatalog.defaults().require("  WEEKLY ")).isEqualTo(LicenseType.weekly());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yearly", "week"})
    void requireByTextRefusesUnknownTypes(String text) {
        assertThatThrownBy(() -> LicenseTypeCatalog.defaults().require(text))
                .isInstanceOfSatisfying(UnknownLicenseTypeException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown_license_type");
                    assertThat(e.details()).containsEntry("type", String.valueOf(text));
                });
    }

    @Test
    void requireByCodeRefusesUnknownTypes() {
        assertThatThrownBy(() -> LicenseTypeCatalog.defaults().require(TRIAL.code()))
                .isInstanceOf(UnknownLicenseTypeException.class)
                .hasMessageContaining("trial-3d");
    }

    @Test
    void catalogIsNotChangedThroughItsLists() {
        List<LicenseType> source = new ArrayList<>(List.of(LicenseType.weekly()));
        LicenseTypeCatalog catalog = new LicenseTypeCatalog(source);
        source.add(TRIAL);
        catalog.all().add(TRIAL);
        catalog.codes().add(TRIAL.code());
        assertThat(catalog.all()).containsExactly(LicenseType.weekly());
        assertThat(catalog.codes()).containsExactly(LicenseTypeCode.WEEKLY);
    }

    @Test
    void catalogRefusesNoTypesAndTwiceListedTypes() {
        assertThatThrownBy(() -> new LicenseTypeCatalog(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseTypeCatalog(List.of())).isInstanceOf(IllegalArgumentException.class);
        LicenseType otherWeekly = new LicenseType(LicenseTypeCode.WEEKLY, "Week", Duration.ofDays(8));
        assertThatThrownBy(() -> new LicenseTypeCatalog(List.of(LicenseType.weekly(), otherWeekly)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekly");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Weekly", "week ly", "week.ly", "abcdefghijabcdefghijabcdefghijabc"})
    void typeCodesAreLowerCaseWordsOfAtMost32(String text) {
        assertThatThrownBy(() -> new LicenseTypeCode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"w", "trial_1", "trial-3d", "abcdefghijabcdefghijabcdefghijab"})
    void typeCodesAcceptTheirForm(String text) {
        assertThat(new LicenseTypeCode(text).value()).isEqualTo(text);
    }

    @Test
    void typeRefusesMissingCodeBadNamesAndNonPositiveValidity() {
        LicenseTypeCode code = LicenseTypeCode.WEEKLY;
        Duration day = Duration.ofDays(1);
        assertThatThrownBy(() -> new LicenseType(null, "W", day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LicenseType(code, null, day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseType(code, "  ", day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseType(code, "x".repeat(65), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LicenseType(code, "x".repeat(64), day).displayName()).hasSize(64);
        assertThatThrownBy(() -> new LicenseType(code, "W", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseType(code, "W", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseType(code, "W", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
