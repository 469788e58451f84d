package org.awpt.application.event;

import java.util.Collection;
import java.util.List;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.StockListener;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.event.KeyDelivered;
import org.awpt.domain.event.LicenseExpired;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.event.StockLevelsChanged;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.sale.Sale;

/**
 * The shop's reactions to its events, wired in one place:
 *
 * <ul>
 *   <li>{@link StockChanged}: the stock is counted again; a level change is published as {@link StockLevelsChanged};</li>
 *   <li>{@link StockLevelsChanged}: admins are alerted of changes (at start-up, when some type already needs
 *       attention), then each stock listener (purchase panels) is told, the start-up count included;</li>
 *   <li>{@link SaleCompleted}: the sales feed posts one line;</li>
 *   <li>{@link KeyDelivered}: the holder gets the licensed role ({@link #licensedRole}; nothing happens without a licensed-role gateway),
 *       their {@code open_ticket} cooldown is cleared ({@link #openTicketCooldownCleared}), and their open
 *       purchase ticket closes after the ticket policy's delay ({@link #purchaseTicketDelivered}).</li>
 *   <li>{@link SaleCompleted}: the sales ledger keeps the sale, with its method and amount ({@link #salesLedger},
 *       wherever sales happen).</li>
 *   <li>{@link LicenseExpired}: the holder loses the licensed role unless another key of theirs is active
 *       ({@link #licensedRoleTakenOnExpiry}).</li>
 * </ul>
 */
public final class ShopReactions {
    private ShopReactions() {
    }

    /**
     * A dispatcher running the core reactions, then {@code more} (such as {@link #licensedRole}).
     *
     * @param listeners told of level changes after the admins, in this order
     */
    public static EventDispatcher dispatcher(StockMonitor stock, AdminNotifier admins, List<StockListener> listeners,
            SalesFeed sales, Collection<Reaction<?>> more) {
        EventDispatcher events = new EventDispatcher();
        events.add(new Reaction<>(StockChanged.class, "stock recount", changed -> stock.recount()
                .ifPresent(events::publish)));
        events.add(new Reaction<>(StockLevelsChanged.class, "stock alert to admins", levels -> {
            if (!levels.changes().isEmpty() || levels.current().stream().anyMatch(s -> s.level().needsAttention())) {
                admins.stockAlert(levels.changes(), levels.current());
            }
        }));
        for (StockListener listener : List.copyOf(listeners)) {
            // The start-up count (no change) reaches the panels too: ones drawn before a stop may be stale.
            events.add(new Reaction<>(StockLevelsChanged.class, "stock listener " + listener.getClass().getName(),
                    levels -> listener.stockChanged(levels.changes(), levels.current())));
        }
        events.add(new Reaction<>(SaleCompleted.class, "sales feed", sales::saleCompleted));
        more.forEach(events::add);
        return events;
    }

    /**
     * Clears the {@code open_ticket} cooldown of the holder of a delivered key: each ticket opened counts
     * toward it, a purchase that reached the buyer ends the count.
     */
    public static Reaction<KeyDelivered> openTicketCooldownCleared(CooldownBook cooldowns) {
        return new Reaction<>(KeyDelivered.class, "open_ticket cooldown cleared",
                delivered -> cooldowns.recordSuccess(delivered.key().holder(), CooldownAction.OPEN_TICKET));
    }

    /**
     * Keeps each completed sale in the ledger for revenue reports. A sale whose record fails is logged by
     * the dispatcher with the event (masked keys, no secret) and still delivered: its keys then count per
     * day without an amount.
     */
    public static Reaction<SaleCompleted> salesLedger(SalesLedger ledger) {
        return new Reaction<>(SaleCompleted.class, "sales ledger", sale -> ledger.record(Sale.of(sale)));
    }

    /**
     * Marks the open purchase ticket of a buyer whose key was delivered, so it closes after the ticket
     * policy's delay. A key support staff requested ({@link DeliveryChannel#STAFF}) is no purchase.
     */
    public static Reaction<KeyDelivered> purchaseTicketDelivered(PurchaseTicketUseCase tickets) {
        return new Reaction<>(KeyDelivered.class, "purchase ticket delivered", delivered -> {
            if (delivered.via() != DeliveryChannel.STAFF) {
                tickets.purchaseDelivered(delivered.key().holder());
            }
        });
    }

    /** Takes the licensed role from the holder of an expired license who holds no other active key. */
    public static Reaction<LicenseExpired> licensedRoleTakenOnExpiry(LicenseLifecycleUseCase lifecycle) {
        return new Reaction<>(LicenseExpired.class, "licensed role taken",
                expired -> lifecycle.licenseExpired(expired.key()));
    }

    /** Gives the holder of a delivered, active key the licensed role. */
    public static Reaction<KeyDelivered> licensedRole(LicenseLifecycleUseCase lifecycle) {
        return new Reaction<>(KeyDelivered.class, "licensed role", delivered -> lifecycle.licenseDelivered(delivered.key()));
    }
}
