package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class TestKeysTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void codesAreValidDistinctAndRepeatable() {
        List<KeyCode> codes = TestKeys.codes(0, 1000);

        assertThat(codes).doesNotHaveDuplicates().allSatisfy(c -> assertThat(KeyCode.isValid(c.value())).isTrue());
        assertThat(TestKeys.code(7)).isEqualTo(TestKeys.code(7));
        assertThat(TestKeys.code(7).value()).isEqualTo("TestKey0000000000000000000000007");
        assertThat(TestKeys.code(Integer.MAX_VALUE).value()).hasSize(KeyCode.LENGTH);
        assertThatThrownBy(() -> TestKeys.code(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysInStockAreCreatedASecondApart() {
        List<LicenseKey> keys = TestKeys.inStock(5, 3, LicenseTypeCode.MONTHLY, T0);

        assertThat(keys).extracting(LicenseKey::code).containsExactlyElementsOf(TestKeys.codes(5, 3));
        assertThat(keys).extracting(LicenseKey::createdAt).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(keys).allSatisfy(k -> {
            assertThat(k.status()).isEqualTo(KeyStatus.AVAILABLE);
            assertThat(k.type()).isEqualTo(LicenseTypeCode.MONTHLY);
        });
    }
}
