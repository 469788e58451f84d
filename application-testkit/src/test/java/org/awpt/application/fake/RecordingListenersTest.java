package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
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
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;

class RecordingListenersTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111);
    private static final StockChange LOW = new StockChange(LicenseTypeCode.WEEKLY, StockLevel.HEALTHY, StockLevel.LOW, 9);
    private static final StockStatus WEEKLY_NOW = new StockStatus(LicenseTypeCode.WEEKLY, 9, StockLevel.LOW);

    @Test
    void theStockListenerRecordsEveryNotificationInOrder() {
        RecordingStockListener listener = new RecordingStockListener();
        StockChange out = new StockChange(LicenseTypeCode.MONTHLY, StockLevel.CRITICAL, StockLevel.OUT_OF_STOCK, 0);

        listener.stockChanged(List.of(LOW), List.of(WEEKLY_NOW));
        listener.stockChanged(List.of(out), List.of());

        assertThat(listener.heard()).containsExactly(new StockNotice(List.of(LOW), List.of(WEEKLY_NOW)),
                new StockNotice(List.of(out), List.of()));
        assertThat(listener.changes()).containsExactly(LOW, out);
        listener.clear();
        assertThat(listener.heard()).isEmpty();
    }

    @Test
    void theAdminNotifierRecordsEachKindOfNotice() {
        RecordingAdminNotifier admins = new RecordingAdminNotifier();
        PaymentSession session = PaymentSession.open(new SessionId("session000000000001"), BUYER,
                LicenseTypeCode.WEEKLY, "gcash", new PaymentDetails("GCash", null, "me@example.com", null), null, NOW);
        PaymentSession cancelled = session.cancel(new Actor(BUYER, Set.of(Role.BUYER)), NOW.plusSeconds(1));
        KeyRequest request = new KeyRequest(new RequestId("request-1"), BUYER, LicenseTypeCode.WEEKLY,
                TestKeys.codes(0, 2), "giveaway", RequestStatus.PENDING, NOW, null, null, 0);
        LicenseKey key = TestKeys.inStock(1, LicenseTypeCode.WEEKLY, NOW).deliver(
                new ClaimOrder(new OrderId("o-1"), LicenseType.weekly(), BUYER, null, "t"), NOW);

        admins.paymentAwaitingReview(session, new byte[0]);
        admins.paymentClosed(cancelled);
        admins.keyRequestAwaitingApproval(request);
        admins.stockAlert(List.of(), List.of(WEEKLY_NOW));
        admins.deliveryFellBack(key, DeliveryChannel.TICKET);

        assertThat(admins.paymentsAwaitingReview()).containsExactly(session);
        assertThat(admins.paymentsClosed()).containsExactly(cancelled);
        assertThat(admins.keyRequestsAwaitingApproval()).containsExactly(request);
        assertThat(admins.stockAlerts()).containsExactly(new StockNotice(List.of(), List.of(WEEKLY_NOW)));
        assertThat(admins.deliveryFallBacks())
                .containsExactly(new RecordingAdminNotifier.FallBack(key, DeliveryChannel.TICKET));
        assertThat(admins.total()).isEqualTo(5);
    }
}
