package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.PaymentSession;

/**
 * An approved payment and the key delivered for it.
 *
 * @param session the approved session
 * @param key     the key handed to the buyer
 * @param toldVia how the buyer was told, or {@code null} while the delivery is pending (it is retried)
 */
public record Approval(PaymentSession session, LicenseKey key, DeliveryChannel toldVia) {
    /** Checks the session and key are present. */
    public Approval {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(key, "key");
    }
}
