package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.event.Reaction;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.lifecycle.LicenseLifecycleService;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.shared.ShopSettings;

/**
 * The license lifecycle (expiry reminders, the licensed role) over the ports the Discord and store
 * modules bind, and its reaction to delivered keys (the licensed role). Only the bot has it: the
 * command line reminds nobody.
 */
public final class LifecycleModule extends AbstractModule {
    private final Duration reminderLead;

    /** Reminders {@code reminderLead} before a license ends. */
    public LifecycleModule(Duration reminderLead) {
        this.reminderLead = Objects.requireNonNull(reminderLead, "reminderLead");
    }

    @Provides
    @Singleton
    LicenseLifecycleUseCase lifecycle(ShopSettings settings, LicenseKeyRepository keys, OnceRegistry once,
            ExpiryReminderNotifier reminders, Optional<LicensedRoleGateway> roles, Clock clock) {
        return new LicenseLifecycleService(settings, keys, once, reminders, roles, reminderLead, clock);
    }

    @ProvidesIntoSet
    Reaction<?> licensedRole(LicenseLifecycleUseCase lifecycle) {
        return ShopReactions.licensedRole(lifecycle);
    }
}
