package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.TicketChannels;
import org.awpt.bootstrap.console.ConsoleNotifiers;

/** Notifiers for command line runs without Discord: admin news and sales are logged, deliveries wait for the bot. */
public final class ConsoleModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ConsoleNotifiers.class).asEagerSingleton();
        bind(AdminNotifier.class).to(ConsoleNotifiers.class);
        bind(BuyerNotifier.class).to(ConsoleNotifiers.class);
        bind(TicketChannels.class).to(ConsoleNotifiers.class);
        bind(SalesFeed.class).to(ConsoleNotifiers.class);
    }
}
