package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

class RecordingBuyerNotifierTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111);
    private static final LicenseType WEEKLY = LicenseType.weekly();

    private final RecordingBuyerNotifier notifier = new RecordingBuyerNotifier();

    @Test
    void deliversByDirectMessageAndRecordsEveryDelivery() {
        LicenseKey key = sold(1, "ticket-1");

        assertThat(notifier.deliverKey(key, WEEKLY)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(notifier.deliverKey(key, WEEKLY)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(notifier.keyDeliveries()).containsExactly(
                new RecordingBuyerNotifier.KeyDelivery(key, WEEKLY, DeliveryChannel.DIRECT_MESSAGE),
                new RecordingBuyerNotifier.KeyDelivery(key, WEEKLY, DeliveryChannel.DIRECT_MESSAGE));
        assertThat(notifier.deliveredCodes()).containsExactly(key.code(), key.code());
        assertThat(notifier.failedAttempts()).isZero();
    }

    @Test
    void withDirectMessagesClosedKeysGoToTheirTicketOrFail() {
        notifier.closeDirectMessages();
        LicenseKey withTicket = sold(1, "ticket-1");
        LicenseKey withoutTicket = sold(2, null);

        assertThat(notifier.deliverKey(withTicket, WEEKLY)).isEqualTo(DeliveryChannel.TICKET);
        assertThatThrownBy(() -> notifier.deliverKey(withoutTicket, WEEKLY)).isInstanceOf(DeliveryFailedException.class);
        assertThatThrownBy(() -> notifier.deliverRequestedKeys(request(), List.of(withTicket)))
                .isInstanceOf(DeliveryFailedException.class);

        assertThat(notifier.deliveredCodes()).containsExactly(withTicket.code());
        assertThat(notifier.failedAttempts()).isEqualTo(2);

        notifier.reopen();
        assertThat(notifier.deliverKey(withoutTicket, WEEKLY)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
    }

    @Test
    void anUnreachableBuyerGetsNothing() {
        notifier.becomeUnreachable();

        assertThatThrownBy(() -> notifier.deliverKey(sold(1, "ticket-1"), WEEKLY))
                .isInstanceOf(DeliveryFailedException.class);
        assertThatThrownBy(() -> notifier.deliverRequestedKeys(request(), List.of()))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(notifier.keyDeliveries()).isEmpty();
        assertThat(notifier.requestDeliveries()).isEmpty();
        assertThat(notifier.failedAttempts()).isEqualTo(2);
    }

    @Test
    void failNextFailsOnlyThatManyDeliveries() {
        notifier.failNext(2);
        LicenseKey key = sold(1, null);

        assertThatThrownBy(() -> notifier.deliverKey(key, WEEKLY)).isInstanceOf(DeliveryFailedException.class);
        assertThatThrownBy(() -> notifier.deliverRequestedKeys(request(), List.of(key)))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(notifier.deliverKey(key, WEEKLY)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(notifier.failedAttempts()).isEqualTo(2);
        assertThatThrownBy(() -> notifier.failNext(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsRequestedKeysAndClosedPayments() {
        KeyRequest request = request();
        LicenseKey key = sold(1, null);
        PaymentSession session = PaymentSession.open(new SessionId("session000000000001"), BUYER,
                LicenseTypeCode.WEEKLY, "gcash", new PaymentDetails("GCash", null, "me@example.com", null), null, NOW);
        notifier.becomeUnreachable();

        notifier.paymentClosed(session);
        notifier.reopen();
        notifier.deliverRequestedKeys(request, List.of(key));

        assertThat(notifier.closedPayments()).containsExactly(session);
        assertThat(notifier.requestDeliveries())
                .containsExactly(new RecordingBuyerNotifier.RequestDelivery(request, List.of(key)));
    }

    private static LicenseKey sold(int n, String ticket) {
        return TestKeys.inStock(n, WEEKLY.code(), NOW)
                .deliver(new ClaimOrder(new OrderId("o-" + n), WEEKLY, BUYER, null, ticket), NOW);
    }

    private static KeyRequest request() {
        return new KeyRequest(new RequestId("request-1"), BUYER, LicenseTypeCode.WEEKLY, TestKeys.codes(0, 1), null,
                RequestStatus.PENDING, NOW, null, null, 0);
    }
}
