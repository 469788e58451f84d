package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.awpt.adapters.discord.admin.AdminViews;
import org.awpt.adapters.discord.admin.AuditCommand;
import org.awpt.adapters.discord.admin.CooldownCommand;
import org.awpt.adapters.discord.admin.LicenseCommand;
import org.awpt.adapters.discord.admin.LockdownCommand;
import org.awpt.adapters.discord.admin.RequestKeysCommand;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.support.KeyRequestUseCase;

/**
 * The admins' and support's side of the bot, contributed to {@link DiscordModule}'s set binders:
 * {@code /license}, {@code /request-keys}, {@code /lockdown}, {@code /audit}, {@code /cooldown}. A command with buttons
 * or a form is one instance in each set it serves.
 */
final class AdminHandlersModule extends AbstractModule {

    @Provides
    @Singleton
    LicenseCommand license(InventoryUseCase inventory, SalesReportUseCase reports, RobuxPurchaseUseCase robux,
            ShopSettings shop, DiscordOps ops, Messages messages) {
        return new LicenseCommand(inventory, reports, robux, shop.importLimits(), ops,
                new AdminViews(messages, shop.types()));
    }

    @ProvidesIntoSet
    CommandHandler licenseCommand(LicenseCommand license) {
        return license;
    }

    @ProvidesIntoSet
    ComponentHandler licenseButtons(LicenseCommand license) {
        return license;
    }

    @ProvidesIntoSet
    ModalOpener licenseSearch(LicenseCommand license) {
        return license.searchModal();
    }

    @ProvidesIntoSet
    ModalOpener transactionsRange(LicenseCommand license) {
        return license.rangeModal();
    }

    @Provides
    @Singleton
    RequestKeysCommand requestKeys(KeyRequestUseCase requests, Messages messages) {
        return new RequestKeysCommand(requests, messages);
    }

    @ProvidesIntoSet
    CommandHandler requestKeysCommand(RequestKeysCommand requests) {
        return requests;
    }

    @ProvidesIntoSet
    ComponentHandler requestKeysButtons(RequestKeysCommand requests) {
        return requests;
    }

    @ProvidesIntoSet
    CommandHandler lockdown(LockdownUseCase lockdown, TicketEmbeds embeds, Messages messages) {
        return new LockdownCommand(lockdown, embeds, messages);
    }

    @Provides
    @Singleton
    AuditCommand audit(AuditUseCase audit, Messages messages) {
        return new AuditCommand(audit, messages);
    }

    @ProvidesIntoSet
    CommandHandler auditCommand(AuditCommand audit) {
        return audit;
    }

    @ProvidesIntoSet
    ComponentHandler auditButtons(AuditCommand audit) {
        return audit;
    }

    @ProvidesIntoSet
    CommandHandler cooldown(CooldownUseCase cooldowns, Messages messages) {
        return new CooldownCommand(cooldowns, messages);
    }
}
