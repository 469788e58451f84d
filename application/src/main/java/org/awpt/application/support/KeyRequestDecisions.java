package org.awpt.application.support;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.awpt.domain.stock.StockLevel;

/**
 * Admins decide key requests: {@link KeyRequestUseCase#approve} (the keys handed to the requester,
 * confirmed when the stock is low), {@link KeyRequestUseCase#deny} (the keys back to stock) and the
 * list of {@link KeyRequestUseCase#pending} ones. A request is decided once, whoever decides first.
 */
public final class KeyRequestDecisions {
    /** The most pending requests listed. */
    static final int PENDING_LIMIT = 100;

    private final LicenseKeyRepository keys;
    private final KeyRequestRepository requests;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final ShopEvents events;
    private final KeyRequestDeliveries deliveries;
    private final ReservedLines lines;

    /** Decisions whose approved keys go out through {@code deliveries}; denials publish {@link StockChanged}. */
    public KeyRequestDecisions(LicenseKeyRepository keys, KeyRequestRepository requests, ShopSettings settings,
            Authorization authorization, Auditor auditor, Clock clock, ShopEvents events,
            KeyRequestDeliveries deliveries) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.lines = new ReservedLines(keys, auditor);
    }

    /** See {@link KeyRequestUseCase#approve}. */
    public KeyRequest approve(DecideKeyRequest command) {
        Actor admin = authorization.requireAdmin(command.requester(), "approve key requests");
        boolean lowStock = requireConfirmedIfStockLow(command);
        Instant now = clock.instant();
        KeyRequest approved = decide(command.id(), (request, at) -> request.approve(admin, at), now);
        List<LicenseKey> handed = new ArrayList<>();
        for (int line = 0; line < approved.keys().size(); line++) {
            OrderId order = OrderId.forKeyRequestLine(approved.id(), line);
            // A key revoked while the request waited is no longer the requester's to receive.
            boolean stillReserved = keys.findByOrder(order).filter(key -> key.status() == KeyStatus.REQUESTED)
                    .isPresent();
            if (stillReserved) {
                keys.approveReservation(order, admin.userId("decide key requests"), now).ifPresent(handed::add);
            }
        }
        Map<String, String> details = new HashMap<>(Map.of("requester", approved.requester().asString(),
                "type", approved.type().value(), "quantity", Integer.toString(handed.size())));
        if (lowStock) {
            details.put("lowStockConfirmed", "true");
        }
        auditor.record(admin.id(), AuditAction.KEY_REQUEST_APPROVED, approved.id().value(), details);
        if (!handed.isEmpty()) {
            deliveries.deliver(approved, handed, now);
        }
        return approved;
    }

    /** See {@link KeyRequestUseCase#deny}. */
    public KeyRequest deny(DecideKeyRequest command) {
        Actor admin = authorization.requireAdmin(command.requester(), "deny key requests");
        KeyRequest denied = decide(command.id(), (request, at) -> request.deny(admin, at), clock.instant());
        int released = lines.release(denied.id(), denied.keys().size(), admin.id(), "key_request_denied");
        auditor.record(admin.id(), AuditAction.KEY_REQUEST_DENIED, denied.id().value(), Map.of(
                "requester", denied.requester().asString(), "type", denied.type().value(),
                "released", Integer.toString(released)));
        events.publish(StockChanged.of(denied.type()));
        return denied;
    }

    /** See {@link KeyRequestUseCase#pending}. */
    public List<KeyRequest> pending(Requester admin) {
        authorization.requireAdmin(admin, "view key requests");
        return requests.withStatus(RequestStatus.PENDING, PENDING_LIMIT);
    }

    /**
     * Whether the type's stock is at or below its low threshold (the request's keys already out of
     * it) while the request still waits; refuses with {@link LowStockApprovalException} unless the
     * admin confirmed. A request decided already is left to {@link #decide} to refuse.
     */
    private boolean requireConfirmedIfStockLow(DecideKeyRequest command) {
        KeyRequest request = find(command.id());
        if (request.status() != RequestStatus.PENDING) {
            return false;
        }
        long available = keys.countAvailable(request.type());
        if (settings.thresholds().levelOf(available) == StockLevel.HEALTHY) {
            return false;
        }
        if (!command.lowStockConfirmed()) {
            throw new LowStockApprovalException(request.id(), request.type(), request.keys().size(), available,
                    settings.thresholds().low());
        }
        return true;
    }

    /** Decides a request once: a concurrent decision makes the reloaded request refuse a second one. */
    private KeyRequest decide(RequestId id, BiFunction<KeyRequest, Instant, KeyRequest> decision, Instant now) {
        KeyRequest next = decision.apply(find(id), now);
        while (!requests.replace(next)) {
            next = decision.apply(find(id), now);
        }
        return next;
    }

    private KeyRequest find(RequestId id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("key request", id.value()));
    }
}
