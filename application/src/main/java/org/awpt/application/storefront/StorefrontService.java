package org.awpt.application.storefront;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;

/** Storefront hand-offs, kept as cancellable records; each storefront payment method has its own links. */
public final class StorefrontService implements StorefrontUseCase {
    private final ShopSettings settings;
    private final StorefrontVisitRepository visits;
    private final PurchaseGuard guard;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    /** A service over these ports. */
    public StorefrontService(ShopSettings settings, StorefrontVisitRepository visits, PurchaseGuard guard,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public StorefrontVisit open(OpenStorefront cmd) {
        DiscordUserId buyer = cmd.requester().userId();
        LicenseType type = settings.types().require(cmd.type());
        PaymentMethod method = settings.methods().require(cmd.method());
        if (method.kind() != PaymentMethodKind.STOREFRONT) {
            throw new InvalidInputException("payment method", "a storefront method");
        }
        String link = method.linkFor(type.code())
                .orElseThrow(() -> new InvalidInputException("license type", "a type sold with " + method.displayName()));
        guard.requireNewPurchase(buyer, type.code(), method.code(), null);
        Optional<StorefrontVisit> already = visits.openVisitsOf(buyer).stream()
                .filter(visit -> visit.type().equals(type.code()) && visit.method().equals(method.code()))
                .findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        StorefrontVisit visit = new StorefrontVisit(ids.nextId(), buyer, type.code(), method.code(), link,
                clock.instant(), null, 0);
        visits.insert(visit);
        auditor.record(buyer, AuditAction.STOREFRONT_OPENED, visit.id(), Map.of("type", type.code().value(),
                "method", method.code()));
        return visit;
    }

    @Override
    public StorefrontVisit cancel(CancelStorefront cmd) {
        Actor actor = authorization.actor(cmd.requester());
        for (;;) {
            StorefrontVisit visit = visits.find(cmd.visitId())
                    .orElseThrow(() -> new NotFoundException("storefront visit", cmd.visitId()));
            if (!actor.id().equals(visit.buyer()) && !actor.isAdmin()) {
                throw new NotAuthorizedException(actor.id(), "cancel another buyer's storefront visit");
            }
            StorefrontVisit cancelled = visit.cancel(clock.instant());
            if (visits.replace(cancelled)) {
                auditor.record(actor.id(), AuditAction.STOREFRONT_CANCELLED, visit.id(),
                        Map.of("type", visit.type().value(), "buyer", visit.buyer().asString()));
                return cancelled;
            }
        }
    }
}
