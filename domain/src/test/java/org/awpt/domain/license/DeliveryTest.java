package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.T0;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryTest {

    @Test
    void pendingHasNoTriesYet() {
        Delivery pending = Delivery.pending("ticket-1");
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.attempts()).isZero();
        assertThat(pending.lastAttemptAt()).isNull();
        assertThat(pending.ticketChannel()).isEqualTo("ticket-1");
    }

    @Test
    void failedAttemptCountsAndStaysPending() {
        Delivery failed = Delivery.pending(null).failedAttempt(T0).failedAttempt(T0.plusSeconds(3));
        assertThat(failed.isPending()).isTrue();
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastAttemptAt()).isEqualTo(T0.plusSeconds(3));
        assertThatThrownBy(() -> failed.failedAttempt(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toldIsRecordedOnceAndKeepsTheTicket() {
        Delivery told = Delivery.pending("ticket-1").failedAttempt(T0).told(DeliveryChannel.MY_LICENSES, T0.plusSeconds(1));
        assertThat(told.isPending()).isFalse();
        assertThat(told.channel()).isEqualTo(DeliveryChannel.MY_LICENSES);
        assertThat(told.toldAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(told.lastAttemptAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(told.attempts()).isEqualTo(2);
        assertThat(told.ticketChannel()).isEqualTo("ticket-1");
        assertThat(told.told(DeliveryChannel.DIRECT_MESSAGE, T0.plus(Duration.ofDays(1)))).isSameAs(told);
        assertThatThrownBy(() -> Delivery.pending(null).told(null, T0)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(DeliveryChannel.class)
    void aToldDeliveryNamesBothTimeAndChannel(DeliveryChannel channel) {
        assertThatThrownBy(() -> new Delivery(T0, null, 1, T0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Delivery(null, channel, 1, T0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Delivery(T0, channel, 1, T0, null).channel()).isEqualTo(channel);
    }

    @Test
    void attemptsAreNotNegative() {
        assertThatThrownBy(() -> new Delivery(null, null, -1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimOrderNeedsOrderAndTypeAndMayHaveNoBuyer() {
        OrderId order = new OrderId("o-1");
        LicenseType type = LicenseType.weekly();
        assertThat(new ClaimOrder(order, type, BUYER, null, null).robloxUser()).isNull();
        assertThatThrownBy(() -> new ClaimOrder(null, type, BUYER, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ClaimOrder(order, null, BUYER, null, null)).isInstanceOf(NullPointerException.class);
        // A storefront sale without a Discord reference: the storefront tells the buyer.
        assertThat(new ClaimOrder(order, type, null, null, null).buyer()).isNull();
    }

    @ParameterizedTest
    @EnumSource(KeyStatus.class)
    void keyStatusWireNamesRoundTrip(KeyStatus status) {
        assertThat(status.wireName()).isEqualTo(status.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(KeyStatus.fromWireName(status.wireName())).isEqualTo(status);
    }

    @Test
    void keyStatusWireNamesAreTheOriginalBotsNames() {
        assertThat(KeyStatus.AVAILABLE.wireName()).isEqualTo("available");
        assertThat(KeyStatus.USED.wireName()).isEqualTo("used");
        assertThatThrownBy(() -> KeyStatus.fromWireName("sold")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyStatus.fromWireName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
