package org.awpt.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.domain.DiscordUserId;

/** Purchase tickets in memory; thread-safe. */
public final class InMemoryPurchaseTicketRepository implements PurchaseTicketRepository {
    private static final Comparator<PurchaseTicket> OLDEST_FIRST =
            Comparator.comparing(PurchaseTicket::openedAt).thenComparing(PurchaseTicket::channelId);

    private final ConcurrentMap<String, PurchaseTicket> tickets = new ConcurrentHashMap<>();

    @Override
    public void save(PurchaseTicket ticket) {
        tickets.put(ticket.channelId(), ticket);
    }

    @Override
    public Optional<PurchaseTicket> find(String channelId) {
        return Optional.ofNullable(tickets.get(Objects.requireNonNull(channelId, "channelId")));
    }

    @Override
    public Optional<PurchaseTicket> findOpenOf(DiscordUserId buyer) {
        Objects.requireNonNull(buyer, "buyer");
        return tickets.values().stream().filter(t -> t.isOpen() && t.buyer().equals(buyer)).max(OLDEST_FIRST);
    }

    @Override
    public List<PurchaseTicket> allOpen() {
        return tickets.values().stream().filter(PurchaseTicket::isOpen).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Optional<PurchaseTicket> close(String channelId, Instant at) {
        Objects.requireNonNull(at, "at");
        return Optional.ofNullable(tickets.computeIfPresent(channelId, (id, ticket) -> ticket.close(at)));
    }
}
