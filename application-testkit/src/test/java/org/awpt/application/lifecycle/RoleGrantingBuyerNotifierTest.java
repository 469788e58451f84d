package org.awpt.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.lifecycle.LifecycleShop.BUYER;

import java.util.List;
import org.awpt.application.fake.RecordingBuyerNotifier;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

class RoleGrantingBuyerNotifierTest {
    private final LifecycleShop shop = new LifecycleShop();
    private final RecordingBuyerNotifier buyers = new RecordingBuyerNotifier();
    private final RoleGrantingBuyerNotifier notifier = new RoleGrantingBuyerNotifier(buyers, shop.lifecycle);
    private final LicenseType weekly = LicenseType.weekly();

    @Test
    void aToldBuyerGetsTheRole() {
        LicenseKey key = shop.sell(BUYER);

        assertThat(notifier.deliverKey(key, weekly)).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.roles.holders()).containsExactly(BUYER);
    }

    @Test
    void aBuyerToldInTheTicketGetsTheRoleToo() {
        buyers.closeDirectMessages();

        assertThat(notifier.deliverKey(shop.sell(BUYER), weekly)).isEqualTo(DeliveryChannel.TICKET);

        assertThat(shop.roles.has(BUYER)).isTrue();
    }

    @Test
    void aFailedDeliveryGivesNoRole() {
        buyers.becomeUnreachable();
        LicenseKey key = shop.sell(BUYER);

        assertThatThrownBy(() -> notifier.deliverKey(key, weekly)).isInstanceOf(DeliveryFailedException.class);

        assertThat(shop.roles.changes()).isEmpty();
    }

    @Test
    void everythingElseGoesStraightThrough() {
        KeyRequest request = new KeyRequest(new RequestId("request-1"), BUYER, LicenseTypeCode.WEEKLY,
                TestKeys.codes(0, 1), null, RequestStatus.PENDING, shop.clock.instant(), null, null, 0);
        PaymentSession session = PaymentSession.open(new SessionId("session000000000001"), BUYER,
                LicenseTypeCode.WEEKLY, "gcash", new PaymentDetails("GCash", null, "me@example.com", null), null,
                shop.clock.instant());

        notifier.deliverRequestedKeys(request, List.of());
        notifier.paymentClosed(session);

        assertThat(buyers.requestDeliveries()).containsExactly(new RecordingBuyerNotifier.RequestDelivery(request, List.of()));
        assertThat(buyers.closedPayments()).containsExactly(session);
        assertThat(shop.roles.changes()).isEmpty();
    }
}
