package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.lifecycle.LicenseExpiryUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.bootstrap.OtherWritersWatch;
import org.awpt.bootstrap.PeriodicRound;
import org.awpt.bootstrap.Sweepers;
import org.awpt.bootstrap.store.Store;

/**
 * Every background round of a running bot, in one set binder, scheduled by the one {@link Sweepers}
 * (started by {@code awpt run} once the bot is connected and the stock levels established). A new
 * round is one more {@code @ProvidesIntoSet} method, here or in the module that owns its use case.
 */
public final class RoundsModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), PeriodicRound.class);
        bind(Sweepers.class).in(Singleton.class);
    }

    @ProvidesIntoSet
    PeriodicRound abandonedPayments(ManualPaymentUseCase manual) {
        return new PeriodicRound(Sweepers.EXPIRY_EVERY, "expired abandoned payments", manual::expireAbandoned);
    }

    @ProvidesIntoSet
    PeriodicRound pendingDeliveries(DeliveryUseCase delivery) {
        return new PeriodicRound(Sweepers.DELIVERY_EVERY, "retried key deliveries", delivery::retryPending);
    }

    @ProvidesIntoSet
    PeriodicRound requestedKeyDeliveries(KeyRequestUseCase requests) {
        return new PeriodicRound(Sweepers.DELIVERY_EVERY, "retried requested-key deliveries",
                requests::retryDeliveries);
    }

    @ProvidesIntoSet
    PeriodicRound stockLevels(StockUseCase stock) {
        return new PeriodicRound(Sweepers.STOCK_EVERY, "stock level changes", () -> stock.refresh().size());
    }

    @ProvidesIntoSet
    PeriodicRound expiryReminders(LicenseLifecycleUseCase lifecycle) {
        return new PeriodicRound(Sweepers.LICENSES_EVERY, "expiry reminders sent", lifecycle::sendExpiryReminders);
    }

    @ProvidesIntoSet
    PeriodicRound expiries(LicenseExpiryUseCase expiries) {
        return new PeriodicRound(Sweepers.LICENSES_EVERY, "license expiries announced", expiries::announceExpiries);
    }

    @ProvidesIntoSet
    PeriodicRound expiredRoles(LicenseLifecycleUseCase lifecycle) {
        return new PeriodicRound(Sweepers.LICENSES_EVERY, "licensed roles taken after expiry",
                lifecycle::revokeExpiredRoles);
    }

    @ProvidesIntoSet
    PeriodicRound ticketCloses(PurchaseTicketUseCase tickets) {
        return new PeriodicRound(Sweepers.TICKETS_EVERY, "purchase tickets warned or closed by the ticket policy",
                tickets::closeDue);
    }

    @ProvidesIntoSet
    PeriodicRound closedTicketChannels(PurchaseTicketUseCase tickets) {
        return new PeriodicRound(Sweepers.TICKET_CHANNELS_EVERY, "channels of closed tickets deleted",
                tickets::deleteClosedChannels);
    }

    @ProvidesIntoSet
    PeriodicRound otherWriters(Store store, StockUseCase stock) {
        // Made with the injector, before the stock levels are established, so no write meanwhile is missed.
        // MongoDB has no data_version: there the watch never sees another writer (a round is one call).
        OtherWritersWatch watch = new OtherWritersWatch(store.dataVersion().orElse(() -> 0L), stock);
        return new PeriodicRound(Sweepers.OTHER_WRITERS_EVERY,
                "stock level changes after another process wrote the database", watch::check);
    }
}
