package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.runtime.OffEventThread;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the use case that a person wrote in a server channel, so an idle purchase ticket's close is put
 * off (the use case ignores channels without an open ticket, and records a ticket's activity at most once
 * a minute). The bot's own messages, other bots' and webhooks' are no activity. Runs on {@code executor},
 * never on JDA's event thread; a message missed when too busy only lets an idle warning come sooner.
 */
public final class TicketActivity extends ListenerAdapter implements BotListener {
    private static final Logger LOG = LoggerFactory.getLogger(TicketActivity.class);

    private final PurchaseTicketUseCase tickets;
    private final Executor executor;

    /** A listener recording activity in the tickets of {@code tickets}. */
    public TicketActivity(PurchaseTicketUseCase tickets, Executor executor) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild() || event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()) {
            return;
        }
        String channelId = event.getChannel().getId();
        OffEventThread.run(executor, LOG, "record activity in channel " + channelId,
                "an idle warning may come sooner", () -> tickets.recordActivity(channelId));
    }
}
