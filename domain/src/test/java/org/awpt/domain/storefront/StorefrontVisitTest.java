package org.awpt.domain.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class StorefrontVisitTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aVisitIsCancelledOnceRaisingItsVersion() {
        StorefrontVisit visit = new StorefrontVisit("visit-1", new DiscordUserId(1), LicenseTypeCode.WEEKLY, "paypal",
                "https://shop.example.com/weekly", T0, null, 0);

        StorefrontVisit cancelled = visit.cancel(T0.plusSeconds(5));

        assertThat(visit.isOpen()).isTrue();
        assertThat(cancelled.isOpen()).isFalse();
        assertThat(cancelled.cancelledAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(cancelled.version()).isEqualTo(1);
        assertThatThrownBy(() -> cancelled.cancel(T0.plusSeconds(6))).isInstanceOf(IllegalTransitionException.class);
    }
}
