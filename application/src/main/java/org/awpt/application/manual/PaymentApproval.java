package org.awpt.application.manual;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionStatus;
import org.awpt.domain.pricing.Money;

/**
 * An admin approves a manual payment: {@link ManualPaymentUseCase#approve}.
 *
 * <p>Approval claims the key by the session's order before the session is marked approved: the
 * claim is idempotent, so two admins at once, or an admin retrying after a crash, get the same key,
 * and the one whose compare-and-set loses is told the session was already decided. A key claimed by
 * an approval that then lost to a rejection or cancellation goes back to stock.
 */
public final class PaymentApproval {
    private final ShopSettings settings;
    private final SessionBook book;
    private final LicenseKeyRepository keys;
    private final PurchaseGuard guard;
    private final DeliveryUseCase delivery;
    private final AdminNotifier admins;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final ShopEvents events;
    private final CalledOffKeys calledOff;

    /** Approvals that publish each claim ({@link StockChanged}) and each approved sale ({@link SaleCompleted}). */
    public PaymentApproval(ShopSettings settings, PaymentSessionRepository sessions, LicenseKeyRepository keys,
            PurchaseGuard guard, DeliveryUseCase delivery, AdminNotifier admins, Authorization authorization,
            Auditor auditor, Clock clock, ShopEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.book = new SessionBook(sessions, clock);
        this.keys = Objects.requireNonNull(keys, "keys");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.calledOff = new CalledOffKeys(keys, auditor, events);
    }

    /** See {@link ManualPaymentUseCase#approve}. */
    public Approval approve(DecidePayment cmd) {
        Actor admin = authorization.requireAdmin(cmd.requester(), "approve payments");
        for (;;) {
            PaymentSession session = book.load(cmd.session());
            SessionBook.requireStatus(session, SessionStatus.AWAITING_REVIEW, "be approved before its proof");
            LicenseType type = settings.types().require(session.type());
            Instant now = clock.instant();
            if (!cmd.despiteActiveLicense()) {
                requireNoActiveLicense(session);
            }
            LicenseKey key = keys.claim(new ClaimOrder(session.orderId(), type, session.buyer(), null,
                    session.ticketChannel()), now).orElseThrow(() -> new OutOfStockException(type.code()));
            events.publish(StockChanged.of(type.code()));
            PaymentSession approved = session.approve(admin, key.code(), now);
            if (book.sessions().replace(approved)) {
                return delivered(approved, key, cmd.despiteActiveLicense());
            }
            PaymentSession current = book.load(cmd.session());
            if (!current.isOpen()) {
                if (current.status() != SessionStatus.APPROVED) {
                    // Rejected or cancelled while this approval claimed: the key was never told, it goes back.
                    calledOff.releaseKeyOf(current, current.decidedBy());
                }
                throw SessionBook.decided(current);
            }
            // Changed but still open (a notice was recorded): approve again; the claim returns the same key.
        }
    }

    /** The buyer got an active license since paying (the rule was checked at submission): the admin must choose. */
    private void requireNoActiveLicense(PaymentSession session) {
        try {
            guard.checkMayBuyAnotherThan(session.buyer(), session.orderId());
        } catch (AlreadyLicensedException licensed) {
            throw new ApprovalBreaksOneLicenseException(session.id(), session.buyer(), licensed.expiresAt());
        }
    }

    private Approval delivered(PaymentSession approved, LicenseKey key, boolean despiteActiveLicense) {
        Map<String, String> details = new HashMap<>(Map.of("key", key.code().masked(), "type", approved.type().value(),
                "buyer", approved.buyer().asString()));
        if (despiteActiveLicense) {
            details.put("override", "one_active_license");
        }
        auditor.record(approved.decidedBy(), AuditAction.PAYMENT_APPROVED, approved.id().value(), details);
        guard.recordSuccess(approved.buyer(), CooldownAction.MANUAL_PAYMENT);
        // The price in the method's currency as configured at approval: later price changes do not rewrite it.
        Money amount = settings.methods().find(approved.method())
                .flatMap(method -> method.saleAmount(approved.type(), settings.prices())).orElse(null);
        events.publish(new SaleCompleted(approved.buyer(), approved.type(), approved.method(), List.of(key.code()),
                approved.orderId().value(), clock.instant(), amount));
        DeliveryUseCase.Delivered delivered = delivery.deliver(key);
        admins.paymentClosed(approved);
        return new Approval(approved, delivered.key(), delivered.via());
    }
}
