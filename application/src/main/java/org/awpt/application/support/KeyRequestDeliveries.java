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
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/**
 * Telling requesters the keys of their approved requests: at approval, and again by the sweep
 * ({@link KeyRequestUseCase#retryDeliveries}) when they could not be told.
 */
public final class KeyRequestDeliveries {
    /** Keys whose delivery is retried per sweep. */
    static final int RETRY_BATCH = 500;
    /** How long an approval may still be telling the requester itself before a sweep steps in. */
    static final Duration RETRY_GRACE = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(KeyRequestDeliveries.class.getName());

    private final LicenseKeyRepository keys;
    private final KeyRequestRepository requests;
    private final BuyerNotifier notifier;
    private final Auditor auditor;
    private final Clock clock;

    /** Deliveries through this notifier. */
    public KeyRequestDeliveries(LicenseKeyRepository keys, KeyRequestRepository requests, BuyerNotifier notifier,
            Auditor auditor, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** See {@link KeyRequestUseCase#retryDeliveries}. */
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

    /** Tells the requester the keys; a failure is recorded on the keys (still pending) and passed on. */
    void deliver(KeyRequest request, List<LicenseKey> handed, Instant now) {
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
}
