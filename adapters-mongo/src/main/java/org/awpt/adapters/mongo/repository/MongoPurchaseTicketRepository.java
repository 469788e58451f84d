package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.exists;
import static dev.morphia.query.filters.Filters.lte;

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

/**
 * Purchase tickets, one document each; saved whole (last write wins), open ones updated and closed by one
 * conditional update each, so a ticket closed stays closed.
 */
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
    public boolean updateOpen(PurchaseTicket next) {
        return datastore.getCollection(PurchaseTicketEntity.class).replaceOne(
                Filters.and(Filters.eq("_id", next.channelId()), Filters.exists(PurchaseTicketEntity.CLOSED_AT, false)),
                PurchaseTicketEntity.of(next)).getMatchedCount() == 1;
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
    public Optional<PurchaseTicket> close(String channelId, Instant at, Instant channelDeleteAt) {
        // Only an open ticket is closed, in one update: of two closes at once exactly one matches.
        PurchaseTicketEntity closed = datastore.getCollection(PurchaseTicketEntity.class).findOneAndUpdate(
                Filters.and(Filters.eq("_id", channelId), Filters.exists(PurchaseTicketEntity.CLOSED_AT, false)),
                channelDeleteAt == null ? Updates.set(PurchaseTicketEntity.CLOSED_AT, Date.from(at))
                        : Updates.combine(Updates.set(PurchaseTicketEntity.CLOSED_AT, Date.from(at)),
                                Updates.set(PurchaseTicketEntity.CHANNEL_DELETE_AT, Date.from(channelDeleteAt))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(closed).map(PurchaseTicketEntity::toDomain);
    }

    @Override
    public List<PurchaseTicket> channelsToDelete(Instant now) {
        List<PurchaseTicket> result = new ArrayList<>();
        try (var cursor = datastore.find(PurchaseTicketEntity.class)
                .filter(lte(PurchaseTicketEntity.CHANNEL_DELETE_AT, now))
                .iterator(new FindOptions().sort(Sort.ascending(PurchaseTicketEntity.CHANNEL_DELETE_AT),
                        Sort.ascending("_id")))) {
            cursor.forEachRemaining(entity -> result.add(entity.toDomain()));
        }
        return result;
    }
}
