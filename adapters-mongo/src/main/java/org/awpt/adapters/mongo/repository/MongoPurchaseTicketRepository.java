package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.exists;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.mongo.entity.PurchaseTicketEntity;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.domain.DiscordUserId;

/** Purchase tickets, one document each; saved whole (last write wins), closed by one atomic update. */
public final class MongoPurchaseTicketRepository implements PurchaseTicketRepository {
    private final Datastore datastore;

    /** A repository over the datastore's {@code purchasetickets}. */
    public MongoPurchaseTicketRepository(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public void save(PurchaseTicket ticket) {
        Upserts.replaceById(datastore, PurchaseTicketEntity.class, ticket.channelId(), PurchaseTicketEntity.of(ticket));
    }

    @Override
    public Optional<PurchaseTicket> find(String channelId) {
        return Optional.ofNullable(datastore.find(PurchaseTicketEntity.class).filter(eq("_id", channelId)).first())
                .map(PurchaseTicketEntity::toDomain);
    }

    @Override
    public Optional<PurchaseTicket> findOpenOf(DiscordUserId buyer) {
        return list(new FindOptions().sort(Sort.descending(PurchaseTicketEntity.OPENED_AT), Sort.descending("_id"))
                .limit(1), buyer).stream().findFirst();
    }

    @Override
    public List<PurchaseTicket> allOpen() {
        return list(new FindOptions().sort(Sort.ascending(PurchaseTicketEntity.OPENED_AT), Sort.ascending("_id")),
                null);
    }

    private List<PurchaseTicket> list(FindOptions options, DiscordUserId buyer) {
        var query = datastore.find(PurchaseTicketEntity.class).filter(exists(PurchaseTicketEntity.CLOSED_AT).not());
        if (buyer != null) {
            query = query.filter(eq(PurchaseTicketEntity.BUYER, buyer.asString()));
        }
        List<PurchaseTicket> result = new ArrayList<>();
        try (var cursor = query.iterator(options)) {
            cursor.forEachRemaining(entity -> result.add(entity.toDomain()));
        }
        return result;
    }

    @Override
    public Optional<PurchaseTicket> close(String channelId, Instant at) {
        // Only an open ticket is closed, in one update, so the first close time is kept.
        PurchaseTicketEntity closed = datastore.getCollection(PurchaseTicketEntity.class).findOneAndUpdate(
                Filters.and(Filters.eq("_id", channelId), Filters.exists(PurchaseTicketEntity.CLOSED_AT, false)),
                Updates.set(PurchaseTicketEntity.CLOSED_AT, Date.from(at)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return closed != null ? Optional.of(closed.toDomain()) : find(channelId);
    }
}
