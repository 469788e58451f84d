package org.awpt.application.manual;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;

/** A buyer opens a manual payment: {@link ManualPaymentUseCase#submit}. */
public final class PaymentSubmission {
    private final ShopSettings settings;
    private final SessionBook book;
    private final PurchaseGuard guard;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    /** Submissions checked by this guard, each session under a new id from {@code ids}. */
    public PaymentSubmission(ShopSettings settings, PaymentSessionRepository sessions, PurchaseGuard guard,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.book = new SessionBook(sessions, clock);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** See {@link ManualPaymentUseCase#submit}. */
    public PaymentSession submit(SubmitPayment cmd) {
        DiscordUserId buyer = cmd.requester().userId();
        LicenseType type = settings.types().require(cmd.type());
        PaymentMethod method = settings.methods().require(cmd.methodCode());
        if (method.kind() != PaymentMethodKind.MANUAL) {
            throw new InvalidInputException("payment method", "a manual payment method");
        }
        guard.requireNewPurchase(buyer, type.code(), method.code(), CooldownAction.MANUAL_PAYMENT);
        List<PaymentSession> open = openOf(buyer, type.code());
        if (open.size() >= settings.limits().openPaymentsPerType()) {
            throw new OpenPaymentExistsException(open.get(0));
        }
        PaymentSession session = PaymentSession.open(new SessionId(ids.nextId()), buyer, type.code(), method.code(),
                cmd.details(), cmd.ticketChannel(), clock.instant());
        book.sessions().insert(session);
        // Submits at once all pass the check above: the ones opened last step back (no transaction needed).
        open = openOf(buyer, type.code());
        if (!open.subList(0, Math.min(open.size(), settings.limits().openPaymentsPerType())).stream()
                .anyMatch(kept -> kept.id().equals(session.id()))) {
            Actor self = authorization.actor(cmd.requester());
            book.change(session.id(), current -> current.isOpen() ? current.cancel(self, clock.instant()) : null);
            throw new OpenPaymentExistsException(open.get(0));
        }
        auditor.record(buyer, AuditAction.PAYMENT_SUBMITTED, session.id().value(),
                Map.of("type", type.code().value(), "method", method.code()));
        return session;
    }

    /** The buyer's open payments for a type, oldest first (ties by id, so every reader orders them alike). */
    private List<PaymentSession> openOf(DiscordUserId buyer, LicenseTypeCode type) {
        return book.sessions().openSessionsOf(buyer).stream().filter(s -> s.type().equals(type))
                .sorted(Comparator.comparing(PaymentSession::createdAt).thenComparing(s -> s.id().value())).toList();
    }
}
