package org.awpt.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;

/** Purchase tickets in memory; thread-safe. */
public final class InMemoryPurchaseTicketRepository implements PurchaseTicketRepository, StoredRecords<PurchaseTicket> {
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
    public boolean updateOpen(PurchaseTicket next) {
        boolean[] replaced = new boolean[1];
        tickets.computeIfPresent(next.channelId(), (id, ticket) -> {
            replaced[0] = ticket.isOpen();
            return ticket.isOpen() ? next : ticket;
        });
        return replaced[0];
    }

    @Override
    public Optional<PurchaseTicket> close(String channelId, Instant at, Instant channelDeleteAt) {
        Objects.requireNonNull(at, "at");
        PurchaseTicket[] closed = new PurchaseTicket[1];
        tickets.computeIfPresent(channelId, (id, ticket) -> {
            if (!ticket.isOpen()) {
                return ticket;
            }
            closed[0] = ticket.close(at, channelDeleteAt);
            return closed[0];
        });
        return Optional.ofNullable(closed[0]);
    }

    @Override
    public List<PurchaseTicket> channelsToDelete(Instant now) {
        return tickets.values().stream()
                .filter(t -> t.channelDeleteAt() != null && !t.channelDeleteAt().isAfter(now))
                .sorted(Comparator.comparing(PurchaseTicket::channelDeleteAt).thenComparing(PurchaseTicket::channelId))
                .toList();
    }

    @Override
    public RecordScan exportAll(Consumer<? super PurchaseTicket> sink) {
        return FakeRecords.exportSorted(tickets.values(), Comparator.comparing(PurchaseTicket::channelId), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends PurchaseTicket> records) {
        return FakeRecords.importInto(tickets, PurchaseTicket::channelId, records);
    }
}
