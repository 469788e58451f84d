package org.awpt.adapters.discord.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Renew button of an expiry reminder: opens a purchase ticket in the shop's server, as the
 * panel's "Buy a license" does (the reminder arrives by direct message, where there is no server).
 * The ticket's payment embed offers every type; the button's type only names what was renewed.
 */
public final class RenewLicense implements ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RenewLicense.class);

    private final ComponentHandler tickets;
    private final String shopGuildId;

    /**
     * A Renew handler.
     *
     * @param tickets     the handler of {@link ComponentAction#PANEL_BUY}, which opens tickets
     * @param shopGuildId the server where renewal tickets are opened
     */
    public RenewLicense(ComponentHandler tickets, String shopGuildId) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        if (!tickets.actions().contains(ComponentAction.PANEL_BUY)) {
            throw new IllegalArgumentException("the ticket handler must open tickets (" + ComponentAction.PANEL_BUY + ")");
        }
        if (shopGuildId == null || shopGuildId.isBlank()) {
            throw new IllegalArgumentException("a server id is required");
        }
        this.shopGuildId = shopGuildId;
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.LICENSE_RENEW);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        if (id.action() != ComponentAction.LICENSE_RENEW) {
            throw new IllegalArgumentException("not a renewal: " + id);
        }
        LOG.info("{} renews a {} license", invocation.user(), id.arg(0));
        Invocation inShop = new Invocation(invocation.requester(), Optional.of(shopGuildId), invocation.channelId(),
                invocation.messageId(), invocation.subcommand(), invocation.values(), invocation.attachments());
        return tickets.handle(ComponentId.of(ComponentAction.PANEL_BUY), inShop);
    }
}
