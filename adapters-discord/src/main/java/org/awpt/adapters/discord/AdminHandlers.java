package org.awpt.adapters.discord;

import java.util.List;
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

/** Adds the admin and support handlers to the router's lists. */
final class AdminHandlers {
    private AdminHandlers() {
    }

    static void add(UseCases useCases, DiscordOps ops, Messages messages, TicketEmbeds embeds,
            List<CommandHandler> commands, List<ComponentHandler> components, List<ModalOpener> modals) {
        AdminViews views = new AdminViews(messages, useCases.settings().types());
        LicenseCommand license = new LicenseCommand(useCases.inventory(), useCases.reports(), useCases.robux(),
                useCases.settings().importLimits(), ops, views);
        RequestKeysCommand requests = new RequestKeysCommand(useCases.keyRequests(), messages);
        AuditCommand audit = new AuditCommand(useCases.audit(), messages);
        commands.add(license);
        commands.add(requests);
        commands.add(new LockdownCommand(useCases.lockdown(), useCases.authorization(), embeds, messages));
        commands.add(audit);
        commands.add(new CooldownCommand(useCases.cooldowns(), messages));
        components.add(license);
        components.add(requests);
        components.add(audit);
        modals.add(license.searchModal());
        modals.add(license.rangeModal());
    }
}
