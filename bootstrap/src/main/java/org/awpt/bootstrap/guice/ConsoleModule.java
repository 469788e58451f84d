package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import java.util.Optional;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.TicketArchive;
import org.awpt.application.port.TicketChannels;
import org.awpt.bootstrap.console.ConsoleNotifiers;

/**
 * Notifiers for command line runs without Discord: admin news and sales are logged, deliveries and
 * reminders wait for the bot, and there is no licensed role to give.
 */
public final class ConsoleModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ConsoleNotifiers.class).asEagerSingleton();
        bind(AdminNotifier.class).to(ConsoleNotifiers.class);
        bind(BuyerNotifier.class).to(ConsoleNotifiers.class);
        bind(ExpiryReminderNotifier.class).to(ConsoleNotifiers.class);
        bind(TicketChannels.class).to(ConsoleNotifiers.class);
        bind(TicketArchive.class).to(ConsoleNotifiers.class);
        bind(SalesFeed.class).to(ConsoleNotifiers.class);
    }

    @Provides
    Optional<LicensedRoleGateway> noLicensedRole() {
        return Optional.empty();
    }
}
