package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.time.Instant;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.DiscordUserId;

/** A purchase ticket, one document per ticket channel (the channel id is the id). */
@Entity(value = "purchasetickets", useDiscriminator = false)
@Indexes({@Index(fields = {@Field(PurchaseTicketEntity.BUYER), @Field(PurchaseTicketEntity.CLOSED_AT)}),
        @Index(fields = @Field(PurchaseTicketEntity.CHANNEL_DELETE_AT))})
public class PurchaseTicketEntity {
    /** The buyer's field. */
    public static final String BUYER = "buyer";
    /** When it opened. */
    public static final String OPENED_AT = "openedAt";
    /** When it closed; absent while open. */
    public static final String CLOSED_AT = "closedAt";
    /** When a closed ticket's channel is to be deleted; absent while open and once deleted. */
    public static final String CHANNEL_DELETE_AT = "channelDeleteAt";

    @Id
    String channelId;
    String guildId;
    String buyer;
    String embedMessageId;
    Instant openedAt;
    Instant closedAt;
    /** Absent in documents written before the ticket lifecycle: the opening counts then. */
    Instant lastActivityAt;
    Instant deliveredAt;
    Instant warnedAt;
    Instant channelDeleteAt;

    /** For Morphia. */
    public PurchaseTicketEntity() {
    }

    /** The document of a ticket. */
    public static PurchaseTicketEntity of(PurchaseTicket ticket) {
        PurchaseTicketEntity entity = new PurchaseTicketEntity();
        entity.channelId = ticket.channelId();
        entity.guildId = ticket.guildId();
        entity.buyer = ticket.buyer().asString();
        entity.embedMessageId = ticket.embedMessageId();
        entity.openedAt = ticket.openedAt();
        entity.closedAt = ticket.closedAt();
        entity.lastActivityAt = ticket.lastActivityAt();
        entity.deliveredAt = ticket.deliveredAt();
        entity.warnedAt = ticket.warnedAt();
        entity.channelDeleteAt = ticket.channelDeleteAt();
        return entity;
    }

    /** The ticket this document describes. */
    public PurchaseTicket toDomain() {
        return new PurchaseTicket(channelId, guildId, DiscordUserId.parse(buyer), embedMessageId, openedAt, closedAt,
                lastActivityAt, deliveredAt, warnedAt, channelDeleteAt);
    }
}
