package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.port.TicketChannels;
import org.awpt.domain.DiscordUserId;

/** Ticket channels as private Discord channels under the ticket category, named after their buyer. */
public final class DiscordTicketChannels implements TicketChannels {
    private final DiscordOps ops;
    private final Messages messages;

    /** Channels made through {@code ops}, named from {@code messages}. */
    public DiscordTicketChannels(DiscordOps ops, Messages messages) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String open(String guildId, DiscordUserId buyer) {
        return ops.createTicketChannel(guildId, buyer, messages.get("ticket.name", "user", buyer.asString()));
    }

    @Override
    public boolean exists(String channelId) {
        return ops.channelExists(channelId);
    }

    @Override
    public void delete(String channelId) {
        ops.deleteChannel(channelId);
    }
}
