package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;

/**
 * A buyer tells how they paid manually.
 *
 * @param requester     the buyer
 * @param type          the license type bought
 * @param methodCode    the manual payment method's code
 * @param details       what the buyer tells about the payment
 * @param ticketChannel the purchase ticket's channel; may be {@code null}
 */
public record SubmitPayment(Requester requester, LicenseTypeCode type, String methodCode, PaymentDetails details,
        String ticketChannel) {
    /** Checks every part but the ticket is present. */
    public SubmitPayment {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(methodCode, "methodCode");
        Objects.requireNonNull(details, "details");
    }
}
