package org.awpt.application.delivery;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.KeyDelivered;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/**
 * The delivery outbox: tells a holder through the buyer notifier, then records the outcome on the
 * key. A failure leaves the delivery pending for {@link #retryPending()}; the key is never lost.
 */
public final class DeliveryService implements DeliveryUseCase {
    /** Fresh claims are delivered by their own use case; the sweeper leaves them this long. */
    static final Duration GRACE = Duration.ofMinutes(1);
    /** The longest wait between two tries of one delivery. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** The most pending deliveries one sweep looks at. */
    static final int BATCH = 500;

    private static final System.Logger LOG = System.getLogger(DeliveryService.class.getName());

    private final ShopSettings settings;
    private final LicenseKeyRepository keys;
    private final BuyerNotifier buyers;
    private final AdminNotifier admins;
    private final OrderSettlement settlement;
    private final Auditor auditor;
    private final Clock clock;
    private final ShopEvents events;
    /**
     * Keys this process is telling right now. A delivery that hangs past the grace period (Discord
     * slow to answer) is left to finish rather than sent again by the sweeper; across processes the
     * rare overlap sends the same key to the same holder twice, never a second key.
     */
    private final Set<KeyCode> underWay = ConcurrentHashMap.newKeySet();

    /**
     * A delivery step over these ports; the sweeper tells only keys whose order is settled. Each key
     * told to its holder is published as {@link KeyDelivered}, each called-off key put back in stock
     * as {@link StockChanged}.
     */
    public DeliveryService(ShopSettings settings, LicenseKeyRepository keys, BuyerNotifier buyers,
            AdminNotifier admins, OrderSettlement settlement, Auditor auditor, Clock clock, ShopEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public DeliveryChannel deliver(KeyCode code) {
        LicenseKey key = keys.findByCode(code).orElseThrow(() -> new NotFoundException("license key", code.masked()));
        return tell(key).via();
    }

    @Override
    public Delivered deliver(LicenseKey claimed) {
        return tell(Objects.requireNonNull(claimed, "claimed"));
    }

    private Delivered tell(LicenseKey key) {
        KeyCode code = key.code();
        if (key.delivery() == null || key.holder() == null || key.status() != KeyStatus.USED) {
            throw new IllegalTransitionException("key " + code.masked(), key.status().wireName(),
                    "be delivered to a buyer");
        }
        if (!key.delivery().isPending()) {
            return new Delivered(key, key.delivery().channel());
        }
        LicenseType type = settings.types().require(key.type());
        DeliveryChannel via;
        underWay.add(code);
        try {
            via = buyers.deliverKey(key, type);
        } catch (DeliveryFailedException failed) {
            return new Delivered(recordFailure(key, failed), null);
        } finally {
            underWay.remove(code);
        }
        Instant now = clock.instant();
        LicenseKey told = keys.markTold(code, via, now).orElse(key);
        auditor.keyTold(null, key, key.holder(), via);
        events.publish(new KeyDelivered(told, via));
        if (via != DeliveryChannel.DIRECT_MESSAGE) {
            admins.deliveryFellBack(told, via);
        }
        return new Delivered(told, via);
    }

    /** Records a failed attempt on the key; the key as it stands afterwards. */
    private LicenseKey recordFailure(LicenseKey key, DeliveryFailedException failed) {
        LOG.log(Level.WARNING, "could not tell " + key.holder() + " key " + key.code().masked() + ": "
                + failed.getMessage());
        LicenseKey after = keys.markDeliveryFailed(key.code(), clock.instant()).orElse(key);
        auditor.record(null, AuditAction.DELIVERY_FAILED, key.code().masked(),
                Map.of("holder", key.holder().asString(), "attempts", Integer.toString(after.delivery().attempts()),
                        "why", String.valueOf(failed.getMessage())));
        // Admins hear about a key stuck in the outbox once, not on every retry of the sweeper.
        if (key.delivery().attempts() == 0) {
            admins.deliveryFellBack(after, null);
        }
        return after;
    }

    @Override
    public int retryPending() {
        int told = 0;
        Instant now = clock.instant();
        // Keys reserved for support requests are delivered by their own use case.
        for (LicenseKey key : keys.pendingDeliveries(KeyStatus.USED, now.minus(GRACE), BATCH)) {
            if (key.holder() == null || backingOff(key, now) || underWay.contains(key.code())) {
                continue;
            }
            try {
                if (retry(key)) {
                    told++;
                }
            } catch (RuntimeException unexpected) {
                // One broken key must not hold up every delivery behind it; it is logged and retried next sweep.
                LOG.log(Level.ERROR, "retrying delivery of key " + key.code().masked() + " to " + key.holder()
                        + " failed", unexpected);
            }
        }
        return told;
    }

    /**
     * Whether a delivery that failed recently waits before its next try: one minute after the first
     * failure, doubling up to an hour, so a buyer who closed their messages is not asked every minute
     * (Discord bans bots that keep making refused requests).
     */
    static boolean backingOff(LicenseKey key, Instant now) {
        var delivery = key.delivery();
        if (delivery.attempts() == 0 || delivery.lastAttemptAt() == null) {
            return false;
        }
        Duration wait = GRACE.multipliedBy(1L << Math.min(delivery.attempts() - 1, 10));
        wait = wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
        return now.isBefore(delivery.lastAttemptAt().plus(wait));
    }

    /** Tells a pending key if its order is settled, puts it back if its order was called off; whether it was told. */
    private boolean retry(LicenseKey key) {
        switch (settlement.of(key)) {
            case SETTLED:
                return deliver(key.code()) != null;
            case CALLED_OFF:
                // Only after a crash between a rejection and its release: finish the release.
                keys.release(key.orderId()).ifPresent(released -> {
                    LOG.log(Level.WARNING, "key " + key.code().masked() + " of called-off order " + key.orderId()
                            + " went back to stock");
                    auditor.keyReleased(null, released, key.orderId(), "order_called_off");
                    events.publish(StockChanged.of(released.type()));
                });
                return false;
            default:
                return false;
        }
    }

    @Override
    public List<LicenseKey> myLicenses(Requester requester) {
        List<LicenseKey> held = keys.heldBy(requester.userId());
        List<LicenseKey> shown = new ArrayList<>(held.size());
        Instant now = clock.instant();
        for (LicenseKey key : held) {
            if (key.hasPendingDelivery() && settlement.of(key) != OrderSettlement.Verdict.SETTLED) {
                // Claimed by an approval that has not been recorded: not the buyer's yet.
                continue;
            }
            if (key.hasPendingDelivery()) {
                key = keys.markTold(key.code(), DeliveryChannel.MY_LICENSES, now).orElse(key);
                auditor.keyTold(requester.userId(), key, requester.userId(), DeliveryChannel.MY_LICENSES);
            }
            shown.add(key);
        }
        return List.copyOf(shown);
    }
}
