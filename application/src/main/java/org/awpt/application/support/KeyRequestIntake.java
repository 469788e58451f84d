package org.awpt.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.shared.StripedLocks;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Feature;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/**
 * Support asks for keys ({@link KeyRequestUseCase#request}): within the requester's caps, all the
 * keys reserved or none, the admins asked to decide. Each request line is an order
 * ({@link OrderId#forKeyRequestLine}), so reserving and releasing are idempotent per key.
 */
public final class KeyRequestIntake {
    /** The longest reason a request keeps. */
    static final int MAX_REASON = 500;
    /** Locks that serialize one requester's requests. */

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
    private final ReservedLines lines;
    private final StripedLocks requesterLocks = new StripedLocks(64);

    /** Requests telling these admins, publishing each reservation and release as {@link StockChanged}. */
    public KeyRequestIntake(LicenseKeyRepository keys, KeyRequestRepository requests, ShopSettings settings,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids, LockdownUseCase lockdown,
            ShopEvents events, AdminNotifier admins) {
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
        this.lines = new ReservedLines(keys, auditor);
    }

    /** See {@link KeyRequestUseCase#request}. */
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
        // One requester's requests one at a time, so the caps hold however many arrive at once (one
        // bot process serves /requestkeys; other requesters are not held up).
        return requesterLocks.withLock(requester, () -> {
            Instant now = clock.instant();
            requireRoomFor(requester, quantity, now);
            return reserve(support, requester, type, quantity, reason, now);
        });
    }

    /**
     * Refuses a request past the requester's caps: keys held by their pending requests, and keys
     * requested in the last 24 hours (read from the audit log's {@code keys_requested} events).
     */
    private void requireRoomFor(DiscordUserId requester, int quantity, Instant now) {
        ShopLimits limits = settings.limits();
        // Pending requests are few (admins decide them), so all of them are read.
        long pending = requests.withStatus(RequestStatus.PENDING, Integer.MAX_VALUE).stream()
                .filter(request -> request.requester().equals(requester)).mapToLong(request -> request.keys().size())
                .sum();
        if (pending + quantity > limits.keysPendingPerRequester()) {
            throw KeyRequestCapException.pending(pending, quantity, limits.keysPendingPerRequester());
        }
        Instant since = now.minus(Duration.ofHours(24));
        // Every request is at least one key: the cap's worth of newest events decides.
        long requested = auditor.recent(new AuditQuery(Optional.of(requester), Optional.of(AuditAction.KEYS_REQUESTED),
                        limits.keysPerRequesterPerDay())).stream().filter(event -> event.at().isAfter(since))
                .mapToLong(event -> Long.parseLong(event.details().getOrDefault("quantity", "0"))).sum();
        if (requested + quantity > limits.keysPerRequesterPerDay()) {
            throw KeyRequestCapException.daily(requested, quantity, limits.keysPerRequesterPerDay());
        }
    }

    private KeyRequest reserve(Actor support, DiscordUserId requester, LicenseTypeCode type, int quantity,
            String reason, Instant now) {
        if (keys.countAvailable(type) < quantity) {
            throw new OutOfStockException(type);
        }
        RequestId id = new RequestId(ids.nextId());
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
            lines.release(id, quantity, support.id(), "request_failed");
            throw failure;
        } finally {
            events.publish(StockChanged.of(type));
        }
    }
}
