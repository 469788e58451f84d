package org.awpt.application.manual;

import java.util.Objects;
import org.awpt.application.delivery.OrderSettlement;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * Settles the orders of manual payments by their session: only an approved session's key is told.
 * Keys of other orders (Robux purchases) are settled when claimed.
 */
public final class ManualOrderSettlement implements OrderSettlement {
    /** How {@link org.awpt.domain.license.OrderId#forManualPayment} starts an order. */
    private static final String PREFIX = "manual:";

    private final PaymentSessionRepository sessions;

    /** Settlement by the sessions in this repository. */
    public ManualOrderSettlement(PaymentSessionRepository sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public Verdict of(LicenseKey key) {
        String order = key.orderId() == null ? "" : key.orderId().value();
        if (!order.startsWith(PREFIX)) {
            return Verdict.SETTLED;
        }
        // A session that cannot be found decides nothing: the key waits rather than going out unpaid.
        return sessions.find(new SessionId(order.substring(PREFIX.length())))
                .map(session -> session.status() == SessionStatus.APPROVED ? Verdict.SETTLED
                        : session.isOpen() ? Verdict.UNDECIDED : Verdict.CALLED_OFF)
                .orElse(Verdict.UNDECIDED);
    }
}
