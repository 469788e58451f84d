package org.awpt.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.application.port.TicketChannels;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/**
 * Ticket channels in memory, numbered {@code ticket-1}, {@code ticket-2}...; thread-safe.
 * {@link #deleteByHand} models a channel deleted in Discord outside the bot; {@link #write} a person
 * writing in one (what its transcript holds).
 */
public final class InMemoryTicketChannels implements TicketChannels {
    private final AtomicLong next = new AtomicLong();
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final Set<String> locked = ConcurrentHashMap.newKeySet();
    private final List<TicketClosing> announced = new CopyOnWriteArrayList<>();
    private final List<IdleWarning> warnings = new CopyOnWriteArrayList<>();
    private final Map<String, List<Transcript.Line>> messages = new ConcurrentHashMap<>();

    @Override
    public String open(String guildId, DiscordUserId buyer) {
        String id = "ticket-" + next.incrementAndGet();
        live.add(id);
        opened.add(id);
        return id;
    }

    @Override
    public boolean exists(String channelId) {
        return live.contains(channelId);
    }

    @Override
    public void delete(String channelId) {
        live.remove(channelId);
        deleted.add(channelId);
    }

    @Override
    public void lock(String channelId, DiscordUserId buyer) {
        locked.add(channelId);
    }

    @Override
    public void announceClose(TicketClosing closing) {
        announced.add(closing);
    }

    @Override
    public void warnIdle(PurchaseTicket ticket, Instant closesAt) {
        warnings.add(new IdleWarning(ticket.channelId(), closesAt));
    }

    @Override
    public Transcript transcript(String channelId) {
        return new Transcript(channelId, messages.getOrDefault(channelId, List.of()), true);
    }

    /** A person writes {@code text} in a channel at {@code at} (the transcript shows it). */
    public void write(String channelId, DiscordUserId author, String text, Instant at) {
        messages.computeIfAbsent(channelId, id -> new CopyOnWriteArrayList<>())
                .add(new Transcript.Line(author.asString(), "user " + author.asString(), at, text, List.of()));
    }

    /** Someone deleted the channel in Discord: it is gone, though the bot did not delete it. */
    public void deleteByHand(String channelId) {
        live.remove(channelId);
    }

    /** Every channel opened, in order. */
    public List<String> opened() {
        return List.copyOf(opened);
    }

    /** Every channel the bot deleted, in order. */
    public List<String> deleted() {
        return List.copyOf(deleted);
    }

    /** Whether the buyer can no longer write in the channel. */
    public boolean isLocked(String channelId) {
        return locked.contains(channelId);
    }

    /** Every close announced in a channel, in order. */
    public List<TicketClosing> announced() {
        return List.copyOf(announced);
    }

    /** Every idle warning posted, in order. */
    public List<IdleWarning> warnings() {
        return new ArrayList<>(warnings);
    }

    /**
     * An idle warning posted in a channel.
     *
     * @param channelId the ticket's channel
     * @param closesAt  when it said the ticket closes
     */
    public record IdleWarning(String channelId, Instant closesAt) {
    }
}
