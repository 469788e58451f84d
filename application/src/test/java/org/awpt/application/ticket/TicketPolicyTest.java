package org.awpt.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;
import org.junit.jupiter.api.Test;

class TicketPolicyTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final TicketPolicy POLICY = new TicketPolicy(Duration.ofHours(24), Duration.ofHours(48),
            Duration.ofHours(6), Duration.ofSeconds(10));
    private static final PurchaseTicket OPENED = PurchaseTicket.opened("c-1", "g-1", new DiscordUserId(2_000), T0);

    @Test
    void aDeliveredTicketClosesAfterTheDeliveryOrTheLastActivityWhicheverIsLater() {
        PurchaseTicket delivered = OPENED.deliveredAt(T0.plusSeconds(60));
        assertThat(POLICY.due(delivered, T0.plusSeconds(60).plus(Duration.ofHours(24)).minusMillis(1)))
                .isEqualTo(TicketPolicy.Due.NOTHING);
        assertThat(POLICY.due(delivered, T0.plusSeconds(60).plus(Duration.ofHours(24))))
                .isEqualTo(TicketPolicy.Due.CLOSE_DELIVERED);

        PurchaseTicket talkedAfter = delivered.activeAt(T0.plus(Duration.ofHours(10)));
        assertThat(POLICY.due(talkedAfter, T0.plus(Duration.ofHours(30)))).isEqualTo(TicketPolicy.Due.NOTHING);
        assertThat(POLICY.due(talkedAfter, T0.plus(Duration.ofHours(34)))).isEqualTo(TicketPolicy.Due.CLOSE_DELIVERED);
    }

    @Test
    void anIdleTicketIsWarnedThenClosedNeverSoonerThanTheWarningTimeAfterTheWarning() {
        assertThat(POLICY.due(OPENED, T0.plus(Duration.ofHours(42)).minusMillis(1))).isEqualTo(TicketPolicy.Due.NOTHING);
        assertThat(POLICY.due(OPENED, T0.plus(Duration.ofHours(42)))).isEqualTo(TicketPolicy.Due.WARN_IDLE);
        assertThat(POLICY.due(OPENED, T0.plus(Duration.ofHours(99)))).as("never closed unwarned")
                .isEqualTo(TicketPolicy.Due.WARN_IDLE);

        PurchaseTicket warnedLate = OPENED.warnedAt(T0.plus(Duration.ofHours(47)));
        assertThat(POLICY.idleCloseAt(warnedLate)).isEqualTo(T0.plus(Duration.ofHours(53)));
        assertThat(POLICY.due(warnedLate, T0.plus(Duration.ofHours(52)))).isEqualTo(TicketPolicy.Due.NOTHING);
        assertThat(POLICY.due(warnedLate, T0.plus(Duration.ofHours(53)))).isEqualTo(TicketPolicy.Due.CLOSE_IDLE);

        PurchaseTicket writtenIn = warnedLate.activeAt(T0.plus(Duration.ofHours(50)));
        assertThat(writtenIn.warnedAt()).as("writing voids the warning").isNull();
        assertThat(POLICY.due(writtenIn, T0.plus(Duration.ofHours(60)))).isEqualTo(TicketPolicy.Due.NOTHING);
        assertThat(POLICY.due(writtenIn.close(T0.plus(Duration.ofHours(61))), T0.plus(Duration.ofDays(99))))
                .as("a closed ticket").isEqualTo(TicketPolicy.Due.NOTHING);
    }

    @Test
    void theTimesAreChecked() {
        assertThatThrownBy(() -> new TicketPolicy(Duration.ofSeconds(59), Duration.ofHours(48), Duration.ofHours(6),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPolicy(Duration.ofHours(24), Duration.ofHours(6), Duration.ofHours(6),
                Duration.ZERO)).as("a warning as long as the idle time").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPolicy(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(6),
                Duration.ofMinutes(61))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPolicy(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(6),
                Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TicketPolicy.defaults()).isEqualTo(new TicketPolicy(Duration.ofHours(24), Duration.ofHours(48),
                Duration.ofHours(6), Duration.ofSeconds(10)));
    }
}
