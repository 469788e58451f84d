package org.awpt.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/**
 * Key requests over the key and request repositories. Each request line is an order
 * ({@link OrderId#forKeyRequestLine}), so reserving, approving and releasing are idempotent per key.
 */
public final class KeyRequestService implements KeyRequestUseCase {
    /** The longest reason a request keeps. */
    static final int MAX_REASON = 500;
    /** The most pending requests listed. */
    static final int PENDING_LIMIT = 100;
    /** Keys whose delivery is retried per sweep. */
    static final int RETRY_BATCH = 500;
    /** How long an approval may still be telling the requester itself before a sweep steps in. */
    static final Duration RETRY_GRACE = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(KeyRequestService.class.getName());

    private final LicenseKeyRepository keys;
    private final KeyRequestRepository requests;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;
    private final LockdownUseCase lockdown;
    private final ShopEvents events;
    private final AdminNotifier admins;
    private final BuyerNotifier notifier;

    /**
     * A service over these repositories, telling admins of new requests and requesters of their keys;
     * reservations and releases are published as {@link StockChanged}.
     */
    public KeyRequestService(LicenseKeyRepository keys, KeyRequestRepository requests, ShopSettings settings,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids, LockdownUseCase lockdown,
            ShopEvents events, AdminNotifier admins, BuyerNotifier notifier) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.lockdown = Objects.requireNonNull(lockdown, "lockdown");
        this.events = Objects.requireNonNull(events, "events");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public KeyRequest request(RequestKeys command) {
        Actor support = authorization.requireSupport(command.requester(), "request keys");
        DiscordUserId requester = support.userId("request keys");
        lockdown.requireOpen(Feature.KEY_REQUESTS);
        LicenseTypeCode type = settings.types().require(command.type()).code();
        int quantity = KeyRequest.checkQuantity(command.quantity());
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "at most " + MAX_REASON + " characters");
        }
        if (keys.countAvailable(type) < quantity) {
            throw new OutOfStockException(type);
        }
        RequestId id = new RequestId(ids.nextId());
        Instant now = clock.instant();
        List<KeyCode> reserved = new ArrayList<>();
        try {
            for (int line = 0; line < quantity; line++) {
                Optional<LicenseKey> key = keys.reserve(OrderId.forKeyRequestLine(id, line), type, requester, now);
                if (key.isEmpty()) {
                    // Someone took the keys between the count and the reservation: all or nothing.
                    throw new OutOfStockException(type);
                }
                reserved.add(key.get().code());
            }
            KeyRequest request = new KeyRequest(id, requester, type, reserved, reason, RequestStatus.PENDING, now,
                    null, null, 0);
            requests.insert(request);
            auditor.record(support.id(), AuditAction.KEYS_REQUESTED, id.value(), Map.of(
                    "type", type.value(), "quantity", Integer.toString(quantity), "reason", request.reason()));
            admins.keyRequestAwaitingApproval(request);
            return request;
        } catch (RuntimeException failure) {
            // Every line, since a reservation that threw may still have happened.
            releaseLines(id, quantity, support.id(), "request_failed");
            throw failure;
        } finally {
            stockChanged(type);
        }
    }

    @Override
    public KeyRequest approve(DecideKeyRequest command) {
        Actor admin = authorization.requireAdmin(command.requester(), "approve key requests");
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
        auditor.record(admin.id(), AuditAction.KEY_REQUEST_APPROVED, approved.id().value(), Map.of(
                "requester", approved.requester().asString(), "type", approved.type().value(),
                "quantity", Integer.toString(handed.size())));
        if (!handed.isEmpty()) {
            deliver(approved, handed, now);
        }
        return approved;
    }

    @Override
    public KeyRequest deny(DecideKeyRequest command) {
        Actor admin = authorization.requireAdmin(command.requester(), "deny key requests");
        KeyRequest denied = decide(command.id(), (request, at) -> request.deny(admin, at), clock.instant());
        int released = releaseLines(denied.id(), denied.keys().size(), admin.id(), "key_request_denied");
        auditor.record(admin.id(), AuditAction.KEY_REQUEST_DENIED, denied.id().value(), Map.of(
                "requester", denied.requester().asString(), "type", denied.type().value(),
                "released", Integer.toString(released)));
        stockChanged(denied.type());
        return denied;
    }

    @Override
    public List<KeyRequest> pending(Requester admin) {
        authorization.requireAdmin(admin, "view key requests");
        return requests.withStatus(RequestStatus.PENDING, PENDING_LIMIT);
    }

    @Override
    public int retryDeliveries() {
        Set<RequestId> waiting = new LinkedHashSet<>();
        for (LicenseKey key : keys.pendingDeliveries(KeyStatus.REQUESTED, clock.instant().minus(RETRY_GRACE),
                RETRY_BATCH)) {
            if (key.orderId() != null) {
                key.orderId().keyRequest().ifPresent(waiting::add);
            }
        }
        int delivered = 0;
        for (RequestId id : waiting) {
            Optional<KeyRequest> request = requests.find(id).filter(r -> r.status() == RequestStatus.APPROVED);
            if (request.isEmpty()) {
                continue;
            }
            List<LicenseKey> pending = new ArrayList<>();
            for (int line = 0; line < request.get().keys().size(); line++) {
                keys.findByOrder(OrderId.forKeyRequestLine(id, line)).filter(LicenseKey::hasPendingDelivery)
                        .ifPresent(pending::add);
            }
            if (pending.isEmpty()) {
                continue;
            }
            try {
                deliver(request.get(), pending, clock.instant());
                delivered++;
            } catch (DeliveryFailedException stillUnreachable) {
                // Recorded on the keys and in the audit log; the next sweep tries again.
                LOG.log(System.Logger.Level.WARNING, "key request " + id + ": requester "
                        + request.get().requester() + " still unreachable: " + stillUnreachable.getMessage());
            }
        }
        return delivered;
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

    /** Tells the requester the keys; a failure is recorded on the keys (still pending) and passed on. */
    private void deliver(KeyRequest request, List<LicenseKey> handed, Instant now) {
        try {
            notifier.deliverRequestedKeys(request, List.copyOf(handed));
        } catch (DeliveryFailedException failure) {
            handed.forEach(key -> keys.markDeliveryFailed(key.code(), now));
            auditor.record(null, AuditAction.DELIVERY_FAILED, request.id().value(), Map.of(
                    "requester", request.requester().asString(), "keys", Integer.toString(handed.size())));
            throw failure;
        }
        for (LicenseKey key : handed) {
            keys.markTold(key.code(), DeliveryChannel.STAFF, now);
            auditor.keyTold(null, key, request.requester(), DeliveryChannel.STAFF);
        }
    }

    /**
     * Puts the keys of a request's first {@code lines} lines back in stock, auditing each one that went
     * back as released by {@code actor} for {@code reason}; how many went back.
     */
    private int releaseLines(RequestId id, int lines, ActorId actor, String reason) {
        int released = 0;
        for (int line = 0; line < lines; line++) {
            OrderId order = OrderId.forKeyRequestLine(id, line);
            Optional<LicenseKey> key = keys.release(order);
            if (key.isPresent()) {
                auditor.keyReleased(actor, key.get(), order, reason);
                released++;
            }
        }
        return released;
    }

    private void stockChanged(LicenseTypeCode type) {
        events.publish(StockChanged.of(type));
    }
}
