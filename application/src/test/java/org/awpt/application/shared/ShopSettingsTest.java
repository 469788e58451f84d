package org.awpt.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.KeyFormats;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class ShopSettingsTest {
    private static final AccessPolicy NOBODY = new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of());
    private static final KeyFormats DASHED = new KeyFormats(Map.of(LicenseTypeCode.WEEKLY,
            new KeyFormat.Expression("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", null)));

    @Test
    void everyWitherKeepsTheKeyFormats() {
        ShopSettings settings = ShopSettings.defaults(NOBODY).withKeyFormats(DASHED);

        assertThat(settings.keyFormats()).isEqualTo(DASHED);
        assertThat(settings.withLimits(ShopLimits.defaults()).keyFormats()).isEqualTo(DASHED);
        assertThat(settings.withAccess(NOBODY).keyFormats()).isEqualTo(DASHED);
        assertThat(ShopSettings.defaults(NOBODY).keyFormats()).isEqualTo(KeyFormats.defaults());
    }
}
