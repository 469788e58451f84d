package org.awpt.application.port;

import java.util.List;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** Tells the shop's admins what needs them. Best effort: a failure is logged by the adapter, never thrown. */
public interface AdminNotifier {

    /**
     * A manual payment has its proof and waits for a decision.
     *
     * @param session the session awaiting review
     * @param proof   its proof image, as the buyer sent it (checked)
     * @return where each copy of the notice was posted (none when it went nowhere), for the service
     *         to record on the session so a decision updates every copy
     */
    List<NoticeRef> paymentAwaitingReview(PaymentSession session, byte[] proof);

    /** A manual payment was decided, cancelled or expired: every copy of its notice shows the outcome. */
    void paymentClosed(PaymentSession session);

    /** A support member reserved keys and waits for approval. */
    void keyRequestAwaitingApproval(KeyRequest request);

    /** Stock levels changed (or are already low at start-up, with an empty change list). */
    void stockAlert(List<StockChange> changes, List<StockStatus> current);

    /** A key could not be sent by direct message and went another way (or not at all yet). */
    void deliveryFellBack(LicenseKey key, DeliveryChannel via);

    /** A storefront order could not be served (out of stock, locked down, unknown product) or its webhook read. */
    void storefrontOrderRefused(StorefrontRefusal refusal);
}
