package org.awpt.application.manual;

import java.util.Map;
import org.awpt.domain.ShopException;
import org.awpt.domain.payment.PaymentSession;

/**
 * The buyer already has a manual payment open for the type: finish or cancel it first. Names the
 * open payment, its state and its ticket channel (empty when it has none), so the buyer finds it again.
 */
public final class OpenPaymentExistsException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the payment that is still open. */
    public OpenPaymentExistsException(PaymentSession open) {
        super("open_payment_exists", open.buyer() + " already has payment " + open.id() + " open for " + open.type(),
                Map.of("session", open.id().value(), "type", open.type().value(), "status", open.status().wireName(),
                        "channel", open.ticketChannel() == null ? "" : open.ticketChannel()));
    }
}
