package org.awpt.application.manual;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.payment.PaymentSession;

/** The sweep that expires sessions whose proof never came: {@link ManualPaymentUseCase#expireAbandoned}. */
public final class PaymentExpiry {
    /** The most sessions one sweep expires. */
    static final int EXPIRY_BATCH = 500;

    private final ShopSettings settings;
    private final SessionBook book;
    private final BuyerNotifier buyers;
    private final AdminNotifier admins;
    private final Auditor auditor;
    private final Clock clock;

    /** Expiry after the settings' session expiry; buyers and admins told of each session. */
    public PaymentExpiry(ShopSettings settings, PaymentSessionRepository sessions, BuyerNotifier buyers,
            AdminNotifier admins, Auditor auditor, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.book = new SessionBook(sessions, clock);
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** See {@link ManualPaymentUseCase#expireAbandoned}. */
    public int expireAbandoned() {
        Instant now = clock.instant();
        int expired = 0;
        for (PaymentSession candidate : book.sessions().awaitingProofSince(now.minus(settings.sessionExpiry()),
                EXPIRY_BATCH)) {
            PaymentSession gone = book.change(candidate.id(),
                    current -> current.isAbandoned(settings.sessionExpiry(), now) ? current.expire(now) : null);
            if (gone != null) {
                auditor.record(null, AuditAction.PAYMENT_EXPIRED, gone.id().value(),
                        Map.of("buyer", gone.buyer().asString()));
                buyers.paymentClosed(gone);
                admins.paymentClosed(gone);
                expired++;
            }
        }
        return expired;
    }
}
