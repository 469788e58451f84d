package org.awpt.adapters.discord.buyer;

import java.time.Instant;
import java.util.Objects;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.port.TicketChannels;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/**
 * Ticket channels as private Discord channels under the ticket category, named after their buyer: locked
 * for the buyer when the ticket closes, told of its close or of an idle warning (in the buyer's language, as
 * the rest of their ticket), read for the transcript.
 */
public final class DiscordTicketChannels implements TicketChannels {
    /** The most messages a transcript keeps (the newest; 20 requests of 100). */
    public static final int TRANSCRIPT_MAX = 2_000;

    private final DiscordOps ops;
    private final BuyerTexts texts;

    /** Channels made through {@code ops}, named in the shop's language, written to in each buyer's. */
    public DiscordTicketChannels(DiscordOps ops, BuyerTexts texts) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public String open(String guildId, DiscordUserId buyer) {
        return ops.createTicketChannel(guildId, buyer, texts.shop().get("ticket.name", "user", buyer.asString()));
    }

    @Override
    public boolean exists(String channelId) {
        return ops.channelExists(channelId);
    }

    @Override
    public void delete(String channelId) {
        ops.deleteChannel(channelId);
    }

    @Override
    public void lock(String channelId, DiscordUserId buyer) {
        ops.denyWriting(channelId, buyer);
    }

    @Override
    public void announceClose(TicketClosing closing) {
        Messages messages = texts.of(closing.ticket().buyer());
        String text = closedLine(messages, closing) + "\n" + messages.get("ticket.closed.channel", "deleteAt",
                closing.ticket().channelDeleteAt());
        ops.post(closing.ticket().channelId(), Reply.privateText(text).publicly());
    }

    @Override
    public void warnIdle(PurchaseTicket ticket, Instant closesAt) {
        ops.post(ticket.channelId(), Reply.privateText(texts.of(ticket.buyer()).get("ticket.idle.warning", "buyer",
                "<@" + ticket.buyer() + ">", "closesAt", closesAt)).publicly());
    }

    @Override
    public Transcript transcript(String channelId) {
        return ops.transcript(channelId, TRANSCRIPT_MAX);
    }

    /** Who or what closed the ticket, and the reason given (shown as typed, capped), as the channel shows it. */
    static String closedLine(Messages messages, TicketClosing closing) {
        String line = messages.get("ticket.closed." + closing.cause().wireName(), "closer",
                closing.closedBy() == null ? "" : "<@" + closing.closedBy() + ">");
        return closing.givenReason().map(reason -> line + "\n" + messages.get("ticket.closed.reason", "reason",
                EchoedText.of(reason, EchoedText.REASON))).orElse(line);
    }
}
