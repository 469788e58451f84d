package org.awpt.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;

/**
 * A buyer's purchase ticket: a private channel holding the payment embed, recorded so the bot finds
 * its open tickets again after a restart without scanning channels, with what its closing depends on
 * (last activity, delivery, the idle warning) and when its channel is to be deleted once closed.
 *
 * @param channelId       the ticket channel (its id is the ticket's id)
 * @param guildId         the server it is in
 * @param buyer           whose ticket it is
 * @param embedMessageId  the payment embed's message in the channel; {@code null} until posted
 * @param openedAt        when it was opened
 * @param closedAt        when it was closed; {@code null} while open
 * @param lastActivityAt  when someone last wrote in it (its opening at first): idleness counts from here
 * @param deliveredAt     when a key bought in it reached the buyer; {@code null} before
 * @param warnedAt        when the buyer was warned that the idle ticket closes soon; {@code null} when not
 *                        warned since the last activity
 * @param channelDeleteAt when the closed ticket's channel is to be deleted; {@code null} while open and once
 *                        deleted (or gone by itself)
 */
public record PurchaseTicket(String channelId, String guildId, DiscordUserId buyer, String embedMessageId,
        Instant openedAt, Instant closedAt, Instant lastActivityAt, Instant deliveredAt, Instant warnedAt,
        Instant channelDeleteAt) {

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
        lastActivityAt = lastActivityAt == null ? openedAt : lastActivityAt;
        if (lastActivityAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("a ticket is active after it opens");
        }
        if (channelDeleteAt != null && closedAt == null) {
            throw new IllegalArgumentException("only a closed ticket's channel is deleted");
        }
    }

    /** A ticket as it was before its lifecycle was recorded: opened, perhaps closed, nothing else known. */
    public PurchaseTicket(String channelId, String guildId, DiscordUserId buyer, String embedMessageId,
            Instant openedAt, Instant closedAt) {
        this(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, openedAt, null, null, null);
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
        return new PurchaseTicket(channelId, guildId, buyer, messageId, openedAt, closedAt, lastActivityAt,
                deliveredAt, warnedAt, channelDeleteAt);
    }

    /** Someone wrote in the ticket at {@code at}: idleness counts anew, and any idle warning is void. */
    public PurchaseTicket activeAt(Instant at) {
        Instant latest = at.isAfter(lastActivityAt) ? at : lastActivityAt;
        return new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, latest,
                deliveredAt, null, channelDeleteAt);
    }

    /** A key bought in the ticket reached the buyer at {@code at} (the latest delivery counts). */
    public PurchaseTicket deliveredAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, lastActivityAt,
                at, warnedAt, channelDeleteAt);
    }

    /** The buyer was warned at {@code at} that the idle ticket closes soon. */
    public PurchaseTicket warnedAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, lastActivityAt,
                deliveredAt, at, channelDeleteAt);
    }

    /** The ticket closed at {@code at}, its channel gone already (nothing to delete). */
    public PurchaseTicket close(Instant at) {
        return close(at, null);
    }

    /**
     * The ticket closed at {@code at}, its channel to be deleted at {@code deleteChannelAt} ({@code null}:
     * not by the shop); a closed ticket stays as it was.
     */
    public PurchaseTicket close(Instant at, Instant deleteChannelAt) {
        return isOpen() ? new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, at, lastActivityAt,
                deliveredAt, warnedAt, deleteChannelAt) : this;
    }

    /** The closed ticket with its channel to be deleted at {@code at} instead. */
    public PurchaseTicket deleteChannelAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, lastActivityAt,
                deliveredAt, warnedAt, at);
    }

    /** The closed ticket whose channel is deleted: nothing left to delete. */
    public PurchaseTicket channelDeleted() {
        return new PurchaseTicket(channelId, guildId, buyer, embedMessageId, openedAt, closedAt, lastActivityAt,
                deliveredAt, warnedAt, null);
    }
}
