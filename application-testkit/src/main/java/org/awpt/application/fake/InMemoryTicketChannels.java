package org.awpt.application.fake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.application.port.TicketChannels;
import org.awpt.domain.DiscordUserId;

/**
 * Ticket channels in memory, numbered {@code ticket-1}, {@code ticket-2}...; thread-safe.
 * {@link #deleteByHand} models a channel deleted in Discord outside the bot.
 */
public final class InMemoryTicketChannels implements TicketChannels {
    private final AtomicLong next = new AtomicLong();
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();

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
}
