package org.awpt.adapters.discord;

import java.util.List;
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
        // Filled in as the admin side is built.
    }
}
