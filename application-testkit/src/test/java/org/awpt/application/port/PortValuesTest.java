package org.awpt.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class PortValuesTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void anAuditQueryMatchesByActorAndActionAndBoundsItsLimit() {
        DiscordUserId admin = new DiscordUserId(9);
        AuditEvent event = new AuditEvent("e1", T0, admin, AuditAction.KEY_REVOKED, "s", null);
        AuditEvent byShop = new AuditEvent("e2", T0, null, AuditAction.KEY_REVOKED, "s", null);

        assertThat(new AuditQuery(null, null, 1).matches(event)).isTrue();
        assertThat(new AuditQuery(Optional.of(admin), Optional.empty(), 10).matches(event)).isTrue();
        assertThat(new AuditQuery(Optional.of(admin), Optional.empty(), 10).matches(byShop)).isFalse();
        assertThat(new AuditQuery(Optional.empty(), Optional.of(AuditAction.KEY_TOLD), 10).matches(event)).isFalse();
        assertThat(new AuditQuery(null, null, 10_000).limit()).isEqualTo(10_000);
        assertThatThrownBy(() -> new AuditQuery(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, 10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyFilterMatchesByTypeAndStatus() {
        LicenseKey weekly = TestKeys.inStock(1, LicenseTypeCode.WEEKLY, T0);

        assertThat(KeyFilter.ALL.matches(weekly)).isTrue();
        assertThat(new KeyFilter(null, null)).isEqualTo(KeyFilter.ALL);
        assertThat(KeyFilter.of(LicenseTypeCode.WEEKLY, KeyStatus.AVAILABLE).matches(weekly)).isTrue();
        assertThat(KeyFilter.of(LicenseTypeCode.MONTHLY, null).matches(weekly)).isFalse();
        assertThat(KeyFilter.of(null, KeyStatus.USED).matches(weekly)).isFalse();
    }

    @Test
    void anInsertOutcomeCopiesItsCodesAndRefusesNegativeCounts() {
        InsertOutcome outcome = new InsertOutcome(2, Set.of(TestKeys.code(1)));

        assertThat(outcome.alreadyPresent()).containsExactly(TestKeys.code(1));
        assertThatThrownBy(() -> new InsertOutcome(-1, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
