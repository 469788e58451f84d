package org.awpt.adapters.discord.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Renew button of an expiry reminder: opens a purchase ticket in the shop's server, as the
 * panel's "Buy a license" does (the reminder arrives by direct message, where there is no server).
 * The shop's server is the first configured one, else the bot's only server; when the bot is in none
 * or in several, the buyer is sent to the purchase panel. The ticket's payment embed offers every
 * type; the button's type only names what was renewed.
 */
public final class RenewLicense implements ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RenewLicense.class);

    private final ComponentHandler tickets;
    private final ShopServers servers;
    private final DiscordOps ops;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * A Renew handler.
     *
     * @param tickets  the handler of {@link ComponentAction#PANEL_BUY}, which opens tickets
     * @param servers  the shop's configured servers (may be none)
     * @param ops      tells the servers the bot is in, when none is configured
     */
    public RenewLicense(ComponentHandler tickets, ShopServers servers, DiscordOps ops) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        if (!tickets.actions().contains(ComponentAction.PANEL_BUY)) {
            throw new IllegalArgumentException("the ticket handler must open tickets (" + ComponentAction.PANEL_BUY + ")");
        }
        this.servers = Objects.requireNonNull(servers, "servers");
        this.ops = Objects.requireNonNull(ops, "ops");
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
        Optional<String> shopGuildId = servers.ticketServer(ops::guildIds);
        if (shopGuildId.isEmpty()) {
            warnOnce();
            return Reply.privateText(invocation.messages().get("renew.no_server"));
        }
        LOG.info("{} renews a {} license", invocation.user(), id.arg(0));
        Invocation inShop = new Invocation(invocation.requester(), shopGuildId, invocation.channelId(),
                invocation.messageId(), invocation.subcommand(), invocation.values(), invocation.attachments(),
                invocation.language());
        return tickets.handle(ComponentId.of(ComponentAction.PANEL_BUY), inShop);
    }

    private void warnOnce() {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("a buyer pressed Renew on an expiry reminder, but the shop's server is unknown: no server is"
                    + " configured and the bot is in {} servers; set guildIds (AWPT_GUILD_IDS) to the shop's server"
                    + " so that Renew opens tickets there", ops.guildIds().size());
        }
    }
}
