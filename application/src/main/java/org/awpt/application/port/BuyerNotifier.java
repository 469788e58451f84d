package org.awpt.application.port;

import java.util.List;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;

/**
 * Tells buyers (and support staff receiving requested keys) what concerns them. Receivers must
 * tolerate getting the same key twice: a delivery is retried until it is known to have arrived.
 */
public interface BuyerNotifier {

    /**
     * Tells the holder their key with its type and expiry: by direct message, else in the purchase
     * ticket.
     *
     * @return how the holder was told
     * @throws DeliveryFailedException when no way worked this time
     */
    DeliveryChannel deliverKey(LicenseKey key, LicenseType type);

    /**
     * Tells a support member the keys of their approved request, privately.
     *
     * @throws DeliveryFailedException when that did not work this time
     */
    void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys);

    /** Tells the buyer their payment session was rejected, cancelled or expired (best effort). */
    void paymentClosed(PaymentSession session);
}
