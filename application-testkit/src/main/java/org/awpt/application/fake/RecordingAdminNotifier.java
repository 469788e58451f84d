package org.awpt.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.application.port.AdminNotifier;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/**
 * Records what admins were told, per kind of notice, oldest first; thread-safe. Never fails. Each
 * payment notice says it was posted once, in {@link #NOTICE_CHANNEL}.
 */
public final class RecordingAdminNotifier implements AdminNotifier {
    /** Where the recorded payment notices say they were posted. */
    public static final String NOTICE_CHANNEL = "admin-notices";
    private final List<PaymentSession> awaitingReview = new CopyOnWriteArrayList<>();
    private final List<PaymentSession> closed = new CopyOnWriteArrayList<>();
    private final List<KeyRequest> requests = new CopyOnWriteArrayList<>();
    private final List<StockNotice> stockAlerts = new CopyOnWriteArrayList<>();
    private final List<FallBack> fallBacks = new CopyOnWriteArrayList<>();
    private final List<StorefrontRefusal> storefrontRefusals = new CopyOnWriteArrayList<>();

    @Override
    public List<NoticeRef> paymentAwaitingReview(PaymentSession session, byte[] proof) {
        awaitingReview.add(session);
        return List.of(new NoticeRef(NOTICE_CHANNEL, "notice-" + awaitingReview.size()));
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        closed.add(session);
    }

    @Override
    public void keyRequestAwaitingApproval(KeyRequest request) {
        requests.add(request);
    }

    @Override
    public void stockAlert(List<StockChange> changes, List<StockStatus> current) {
        stockAlerts.add(new StockNotice(changes, current));
    }

    @Override
    public void deliveryFellBack(LicenseKey key, DeliveryChannel via) {
        fallBacks.add(new FallBack(key, via));
    }

    @Override
    public void storefrontOrderRefused(StorefrontRefusal refusal) {
        storefrontRefusals.add(refusal);
    }

    /** Storefront orders or webhooks refused, as told. */
    public List<StorefrontRefusal> storefrontRefusals() {
        return List.copyOf(storefrontRefusals);
    }

    /** Sessions announced as awaiting review. */
    public List<PaymentSession> paymentsAwaitingReview() {
        return List.copyOf(awaitingReview);
    }

    /** Sessions announced as closed. */
    public List<PaymentSession> paymentsClosed() {
        return List.copyOf(closed);
    }

    /** Key requests announced as awaiting approval. */
    public List<KeyRequest> keyRequestsAwaitingApproval() {
        return List.copyOf(requests);
    }

    /** Stock alerts. */
    public List<StockNotice> stockAlerts() {
        return List.copyOf(stockAlerts);
    }

    /** Deliveries that fell back from direct messages. */
    public List<FallBack> deliveryFallBacks() {
        return List.copyOf(fallBacks);
    }

    /** How many notices of every kind were sent. */
    public int total() {
        return awaitingReview.size() + closed.size() + requests.size() + stockAlerts.size() + fallBacks.size()
                + storefrontRefusals.size();
    }

    /**
     * One delivery that did not go by direct message.
     *
     * @param key the key
     * @param via how it went instead
     */
    public record FallBack(LicenseKey key, DeliveryChannel via) {
    }
}
