package org.awpt.application.manual;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.ActorId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.payment.PaymentSession;

/**
 * A manual payment called off: rejected by an admin ({@link ManualPaymentUseCase#reject}) or
 * cancelled by its buyer or an admin ({@link ManualPaymentUseCase#cancel}). Any key a crashed
 * approval claimed goes back to stock; the buyer and the admins are told.
 */
public final class PaymentClosing {
    private final SessionBook book;
    private final PurchaseGuard guard;
    private final BuyerNotifier buyers;
    private final AdminNotifier admins;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final CalledOffKeys calledOff;

    /** Closings that publish each key they put back ({@link StockChanged}). */
    public PaymentClosing(PaymentSessionRepository sessions, LicenseKeyRepository keys, PurchaseGuard guard,
            BuyerNotifier buyers, AdminNotifier admins, Authorization authorization, Auditor auditor, Clock clock,
            ShopEvents events) {
        this.book = new SessionBook(sessions, clock);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calledOff = new CalledOffKeys(keys, auditor, events);
    }

    /** See {@link ManualPaymentUseCase#reject}. */
    public PaymentSession reject(RejectPayment cmd) {
        Actor admin = authorization.requireAdmin(cmd.requester(), "reject payments");
        Instant now = clock.instant();
        PaymentSession rejected = book.change(cmd.session(), session -> session.reject(admin, cmd.reason(), now));
        guard.recordFailure(rejected.buyer(), CooldownAction.MANUAL_PAYMENT);
        closed(rejected, admin.id(), AuditAction.PAYMENT_REJECTED);
        return rejected;
    }

    /** See {@link ManualPaymentUseCase#cancel}. */
    public PaymentSession cancel(CancelPayment cmd) {
        Actor actor = authorization.actor(cmd.requester());
        Instant now = clock.instant();
        PaymentSession cancelled = book.change(cmd.session(), session -> {
            SessionBook.requireBuyerOrAdmin(actor, session, "cancel another buyer's payment");
            return session.cancel(actor, now);
        });
        closed(cancelled, actor.id(), AuditAction.PAYMENT_CANCELLED);
        return cancelled;
    }

    /** After a rejection or cancellation: any key a crashed approval claimed goes back; everyone is told. */
    private void closed(PaymentSession session, ActorId actor, AuditAction action) {
        Map<String, String> details = new HashMap<>();
        details.put("buyer", session.buyer().asString());
        if (session.reason() != null) {
            details.put("reason", session.reason());
        }
        calledOff.releaseKeyOf(session, actor).ifPresent(key -> details.put("releasedKey", key.code().masked()));
        auditor.record(actor, action, session.id().value(), details);
        buyers.paymentClosed(session);
        admins.paymentClosed(session);
    }
}
