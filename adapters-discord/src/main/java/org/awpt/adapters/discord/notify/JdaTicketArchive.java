package org.awpt.adapters.discord.notify;

import java.util.Objects;
import java.util.Optional;
import org.awpt.adapters.discord.buyer.TranscriptFile;
import org.awpt.adapters.discord.runtime.DirectMessagesClosedException;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.port.TicketArchive;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each closed ticket's transcript, as a text file with a one-line summary, in the ticket log channel,
 * and sends the buyer the same file by direct message (the log's copy in the shop's language, the buyer's in
 * theirs). Without a log channel (none configured, and no admin
 * channel) the transcript is only logged as kept nowhere; a buyer who takes no direct messages is not
 * asked again (Discord counts refused requests).
 */
public final class JdaTicketArchive implements TicketArchive {
    private static final Logger LOG = LoggerFactory.getLogger(JdaTicketArchive.class);

    private final DiscordOps ops;
    private final BuyerTexts texts;
    private final Optional<String> logChannel;

    /**
     * An archive posting in {@code logChannel}.
     *
     * @param logChannel the ticket log channel (by default the admin channel); empty: transcripts go to buyers only
     */
    public JdaTicketArchive(DiscordOps ops, BuyerTexts texts, Optional<String> logChannel) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.logChannel = Objects.requireNonNull(logChannel, "logChannel");
    }

    @Override
    public void keep(TicketClosing closing, Transcript transcript) {
        if (logChannel.isEmpty()) {
            LOG.info("transcript of ticket {} not posted: no ticket log or admin channel configured",
                    closing.ticket().channelId());
            return;
        }
        Messages messages = texts.shop();
        String summary = messages.get("ticket.transcript.log", "buyer", "<@" + closing.ticket().buyer() + ">",
                "channel", closing.ticket().channelId(), "openedAt", closing.ticket().openedAt(),
                "closedAt", closing.ticket().closedAt(), "how", how(messages, closing));
        ops.post(logChannel.get(), Reply.privateText(summary)
                .withFile(new TranscriptFile(messages).of(closing, transcript)).publicly());
    }

    @Override
    public boolean sendToBuyer(TicketClosing closing, Transcript transcript) {
        Messages messages = texts.of(closing.ticket().buyer());
        String text = messages.get("ticket.transcript.dm", "closedAt", closing.ticket().closedAt(), "how",
                how(messages, closing));
        try {
            ops.sendDirect(closing.ticket().buyer(), Reply.privateText(text)
                    .withFile(new TranscriptFile(messages).of(closing, transcript))
                    .publicly());
            return true;
        } catch (DirectMessagesClosedException e) {
            return false;
        }
    }

    private static String how(Messages messages, TicketClosing closing) {
        return messages.get("ticket.transcript.how." + closing.cause().wireName(), "closer",
                closing.closedBy() == null ? "" : "<@" + closing.closedBy() + ">");
    }
}
