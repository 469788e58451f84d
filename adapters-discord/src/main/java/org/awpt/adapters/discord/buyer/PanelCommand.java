package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;

/**
 * {@code /panel}: an admin posts the purchase panel in the current channel, and is told which
 * payment settings the configuration still lacks.
 */
public final class PanelCommand implements CommandHandler {
    private final PurchaseTicketUseCase tickets;
    private final PurchaseCatalogUseCase catalog;
    private final DiscordOps ops;
    private final BuyerViews views;

    /**
     * The command, refused by the ticket use case unless the requester is an admin; the catalog tells
     * the admin which payment settings are still missing.
     */
    public PanelCommand(PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog, DiscordOps ops,
            BuyerViews views) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String name() {
        return SlashCommands.PANEL;
    }

    @Override
    public Reply handle(Invocation invocation) {
        tickets.requirePanelPoster(invocation.requester());
        ops.post(invocation.channelId(), views.panel());
        return views.panelPosted(catalog.catalog());
    }
}
