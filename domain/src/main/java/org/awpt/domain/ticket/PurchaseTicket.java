package org.awpt.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;

/**
 * A buyer's purchase ticket: a private channel holding the payment embed, recorded so the bot finds
 * its open tickets again after a restart without scanning channels.
 *
 * @param channelId      the ticket channel (its id is the ticket's id)
 * @param guildId        the server it is in
 * @param buyer          whose ticket it is
 * @param embedMessageId the payment embed's message in the channel; {@code null} until posted
 * @param openedAt       when it was opened
 * @param closedAt       when it was closed; {@code null} while open
 */
public record PurchaseTicket(String channelId, String guildId, DiscordUserId buyer, String embedMessageId,
        Instant openedAt, Instant closedAt) {

    /** Checks the parts. */
    public PurchaseTicket {
        if (channelId == null || channelId.isBlank() || guildId == null || guildId.isBlank()) {
            throw new IllegalArgumentException("a ticket names its channel and server");
        }
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(openedAt, "openedAt");
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("a ticket closes after it opens");
        }
    }

    /** A ticket just opened, before its embed is posted. */
    public static PurchaseTicket opened(String channelId, String guildId, DiscordUserId buyer, Instant at) {
        return new PurchaseTicket(channelId, guildId, buyer, null, at, null);
    }

    /** Whether it is still open. */
    public boolean isOpen() {
        return closedAt == null;
    }

    /** The ticket with its payment embed posted as {@code messageId}. */
    public PurchaseTicket withEmbed(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("an embed message id is not blank");
        }
        return new PurchaseTicket(channelId, guildId, buyer, messageId, openedAt, closedAt);
    }

    /** The ticket closed at {@code at}. */
    public PurchaseTicket close(Instant at) {
        return isOpen() ? new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, at) : this;
    }
}
