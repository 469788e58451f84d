package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.runtime.OffEventThread;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the purchase ticket of a channel deleted in Discord (by hand, or lost), so its buyer can open
 * a new one. Runs on {@code executor}, never on JDA's event thread (it reads and writes the database).
 * A deletion missed here (too busy, or while the bot was offline) is caught when the buyer presses
 * "Buy a license" again.
 */
public final class TicketChannelDeletions extends ListenerAdapter implements BotListener {
    private static final Logger LOG = LoggerFactory.getLogger(TicketChannelDeletions.class);

    private final PurchaseTicketUseCase tickets;
    private final Executor executor;

    /** A listener closing the tickets of {@code tickets} whose channels are deleted. */
    public TicketChannelDeletions(PurchaseTicketUseCase tickets, Executor executor) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void onChannelDelete(ChannelDeleteEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        String channelId = event.getChannel().getId();
        OffEventThread.run(executor, LOG, "close the purchase ticket of deleted channel " + channelId,
                "it closes when its buyer buys again", () -> tickets.channelDeleted(channelId));
    }
}
