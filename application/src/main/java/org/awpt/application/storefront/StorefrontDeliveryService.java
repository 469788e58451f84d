package org.awpt.application.storefront;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.application.shared.StripedLocks;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.ShopException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;

/**
 * Serves storefront orders from the shop's stock, one key per unit, each unit its own order id so
 * that every step is one atomic operation on one key (no multi-document transaction).
 *
 * <p>Within this process the units of one order item are claimed under a lock of that order, so a
 * retry arriving while the first request still runs waits and then gets the same keys; across
 * processes the repository's one-key-per-order rule still holds, so no key is ever handed out twice.
 * A paid order is served even at critical stock, and its keys count in the one-active-license rule
 * afterwards; that rule is checked when the buyer opens the storefront link, not after they paid.
 */
public final class StorefrontDeliveryService implements StorefrontDeliveryUseCase {
    /** The most keys one order item may take. */
    public static final int MAX_QUANTITY = 100;
    /** Once-registry topic of refusals already told to admins. */
    static final String TOLD_REFUSALS = "storefront_refusal_told";

    private static final System.Logger LOG = System.getLogger(StorefrontDeliveryService.class.getName());

    private final ShopSettings settings;
    private final StorefrontCatalog catalog;
    private final LicenseKeyRepository keys;
    private final PurchaseGuard guard;
    private final DeliveryUseCase delivery;
    private final AdminNotifier admins;
    private final OnceRegistry once;
    private final Auditor auditor;
    private final Clock clock;
    private final ShopEvents events;
    private final StripedLocks locks = new StripedLocks(64);

    /**
     * A service over these ports; keys claimed or put back are published as {@link StockChanged} (the
     * stock is recounted, admins alerted, purchase panels refreshed), each order served the first time
     * as {@link SaleCompleted}.
     */
    public StorefrontDeliveryService(ShopSettings settings, StorefrontCatalog catalog, LicenseKeyRepository keys,
            PurchaseGuard guard, DeliveryUseCase delivery, AdminNotifier admins, OnceRegistry once, Auditor auditor,
            Clock clock, ShopEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.once = Objects.requireNonNull(once, "once");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public StorefrontDelivery deliver(StorefrontOrder order) {
        StorefrontProvider provider = catalog.find(order.provider()).orElseThrow(() ->
                refused(order, new UnknownStorefrontProductException(order.provider(), order.product()), productKey(order)));
        LicenseType type = provider.typeOf(order.product())
                .map(code -> settings.types().require(code))
                .orElseThrow(() -> refused(order, new UnknownStorefrontProductException(order.provider(), order.product()),
                        productKey(order)));
        if (order.quantity() < 1 || order.quantity() > MAX_QUANTITY) {
            throw refused(order, new InvalidInputException("quantity", "1 to " + MAX_QUANTITY), orderKey(order));
        }
        return locks.withLock(orderKey(order), () -> serve(order, provider, type));
    }

    private StorefrontDelivery serve(StorefrontOrder order, StorefrontProvider provider, LicenseType type) {
        List<OrderId> units = units(order);
        Optional<List<LicenseKey>> served = alreadyServed(units);
        if (served.isPresent()) {
            // A retry of an order served before: the same keys, even if the method was locked meanwhile.
            return tell(order, type, served.get());
        }
        try {
            guard.requireOpen(provider.method());
        } catch (ShopException locked) {
            throw refused(order, locked, orderKey(order));
        }
        List<LicenseKey> claimed = new ArrayList<>(units.size());
        boolean fresh = false;
        Instant now = clock.instant();
        for (OrderId unit : units) {
            boolean wasFree = keys.findByOrder(unit).isEmpty();
            Optional<LicenseKey> key = keys.claim(new ClaimOrder(unit, type, order.buyer(), null, null), now);
            if (key.isEmpty()) {
                putBack(units);
                events.publish(StockChanged.of(type.code()));
                throw refused(order, new OutOfStockException(type.code()), orderKey(order));
            }
            fresh |= wasFree;
            claimed.add(key.get());
        }
        events.publish(StockChanged.of(type.code()));
        if (fresh) {
            recordSale(order, provider, type, claimed);
            events.publish(new SaleCompleted(order.buyer(), type.code(), provider.method(),
                    claimed.stream().map(LicenseKey::code).toList(), orderKey(order), now, order.paid().orElse(null)));
        }
        return tell(order, type, claimed);
    }

    /** The order's keys when every unit already has one. */
    private Optional<List<LicenseKey>> alreadyServed(List<OrderId> units) {
        List<LicenseKey> found = new ArrayList<>(units.size());
        for (OrderId unit : units) {
            Optional<LicenseKey> key = keys.findByOrder(unit);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            found.add(key.get());
        }
        return Optional.of(found);
    }

    /** All units or none: whatever this order holds and nobody was told goes back to stock. */
    private void putBack(List<OrderId> units) {
        for (OrderId unit : units) {
            keys.release(unit).ifPresent(released -> auditor.keyReleased(null, released, unit, "storefront_out_of_stock"));
        }
    }

    private void recordSale(StorefrontOrder order, StorefrontProvider provider, LicenseType type,
            List<LicenseKey> claimed) {
        Map<String, String> details = new HashMap<>();
        details.put("provider", order.provider());
        details.put("method", provider.method());
        details.put("invoice", order.invoice());
        details.put("item", order.item());
        details.put("product", order.product());
        details.put("type", type.code().value());
        details.put("quantity", Integer.toString(order.quantity()));
        details.put("amount", order.amount());
        details.put("currency", order.currency());
        details.put("email", order.email());
        details.put("keys", claimed.stream().map(key -> key.code().masked()).collect(Collectors.joining(",")));
        if (order.buyer() != null) {
            details.put("buyer", order.buyer().asString());
        }
        auditor.record(order.buyer(), AuditAction.STOREFRONT_SALE, orderKey(order), details);
    }

    /**
     * A buyer with a Discord reference is told by the delivery step (direct message, else ticket, else
     * "My licenses", retried by the sweeper); without one, the storefront's page and email are the
     * delivery, so the keys count as told through it.
     */
    private StorefrontDelivery tell(StorefrontOrder order, LicenseType type, List<LicenseKey> served) {
        List<LicenseKey> now = new ArrayList<>(served.size());
        for (LicenseKey key : served) {
            // Each key as the claim (or the retry's lookup) returned it, then as told: never read again.
            LicenseKey after = key;
            if (key.hasPendingDelivery()) {
                if (key.holder() != null) {
                    after = delivery.deliver(key).key();
                } else {
                    Optional<LicenseKey> told = keys.markTold(key.code(), DeliveryChannel.STOREFRONT, clock.instant());
                    told.ifPresent(t -> auditor.record(null, AuditAction.KEY_DELIVERED, t.code().masked(),
                            Map.of("channel", DeliveryChannel.STOREFRONT.name(), "type", t.type().value(),
                                    "order", t.orderId().value())));
                    after = told.orElse(key);
                }
            }
            now.add(after);
        }
        return new StorefrontDelivery(order, type, now);
    }

    @Override
    public void unreadable(String provider, String problem) {
        LOG.log(Level.WARNING, "refused a signed " + provider + " webhook: " + problem);
        tellAdminsOnce(provider + ":unreadable:" + problem, new StorefrontRefusal(provider, null, null,
                "storefront_unreadable", problem));
    }

    /** Audits and logs a refusal, tells admins once per {@code onceKey} and reason, and returns it to throw. */
    private ShopException refused(StorefrontOrder order, ShopException refusal, String onceKey) {
        LOG.log(Level.WARNING, "refused " + order.describe() + ": " + refusal.getMessage());
        auditor.record(order.buyer(), AuditAction.STOREFRONT_REFUSED, orderKey(order), Map.of(
                "provider", order.provider(), "invoice", order.invoice(), "item", order.item(),
                "reason", refusal.code()));
        tellAdminsOnce(onceKey + ":" + refusal.code(), new StorefrontRefusal(order.provider(), order.invoice(),
                order.item(), refusal.code(), refusal.getMessage()));
        return refusal;
    }

    private void tellAdminsOnce(String subject, StorefrontRefusal refusal) {
        if (once.markOnce(TOLD_REFUSALS, subject, clock.instant())) {
            admins.storefrontOrderRefused(refusal);
        }
    }

    private static List<OrderId> units(StorefrontOrder order) {
        List<OrderId> units = new ArrayList<>(order.quantity());
        for (int unit = 0; unit < order.quantity(); unit++) {
            units.add(OrderId.forStorefrontUnit(order.provider(), order.invoice(), order.item(), unit));
        }
        return units;
    }

    /** The order item, as audit subject and once-key; unit 0's order id without its unit. */
    private static String orderKey(StorefrontOrder order) {
        String first = OrderId.forStorefrontUnit(order.provider(), order.invoice(), order.item(), 0).value();
        return first.substring(0, first.length() - 2);
    }

    /** A product of a storefront: unknown products are told to admins once, not once per order. */
    private static String productKey(StorefrontOrder order) {
        return order.provider() + ":product:" + order.product();
    }
}
