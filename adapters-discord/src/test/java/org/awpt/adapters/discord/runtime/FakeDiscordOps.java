package org.awpt.adapters.discord.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.Transcript;

/** Discord in memory: channels, messages by id, direct messages (closable), downloads, roles. Thread-safe. */
public final class FakeDiscordOps implements DiscordOps {
    /** A message as posted or last edited. */
    public record Posted(String channelId, String messageId, Reply reply) {
    }

    private final AtomicLong ids = new AtomicLong(800_000_000_000_000_000L);
    private final Map<String, Posted> messages = new LinkedHashMap<>();
    private final Map<String, String> channels = new LinkedHashMap<>();
    private final Set<DiscordUserId> closedDms = new HashSet<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private final List<String> deleted = new ArrayList<>();
    private final Set<String> gone = new HashSet<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> dmAttempts = new ArrayList<>();
    private final Set<String> readOnly = new HashSet<>();
    private final List<Posted> webhookPosts = new ArrayList<>();
    private int edits;
    private List<String> guilds = List.of(MockEvents.GUILD);

    @Override
    public synchronized String createTicketChannel(String guildId, DiscordUserId buyer, String name) {
        String id = next();
        channels.put(id, name);
        return id;
    }

    @Override
    public synchronized boolean channelExists(String channelId) {
        return !gone.contains(channelId);
    }

    @Override
    public synchronized void deleteChannel(String channelId) {
        channels.remove(channelId);
        deleted.add(channelId);
        gone.add(channelId);
    }

    @Override
    public synchronized void denyWriting(String channelId, DiscordUserId member) {
        readOnly.add(channelId + "/" + member.asString());
    }

    /** Whether the member may no longer write in the channel. */
    public synchronized boolean isReadOnlyFor(String channelId, DiscordUserId member) {
        return readOnly.contains(channelId + "/" + member.asString());
    }

    @Override
    public synchronized Transcript transcript(String channelId, int max) {
        List<Transcript.Line> lines = messages.values().stream().filter(m -> m.channelId().equals(channelId))
                .map(m -> new Transcript.Line("bot", "AWPT", java.time.Instant.EPOCH,
                        org.awpt.adapters.discord.BotDriver.text(m.reply()), List.of()))
                .toList();
        return new Transcript(channelId, lines.subList(Math.max(0, lines.size() - max), lines.size()),
                lines.size() <= max);
    }

    /** Someone deleted a channel outside the bot (by hand in Discord): it is gone, though the bot did not delete it. */
    public synchronized void deleteByHand(String channelId) {
        channels.remove(channelId);
        gone.add(channelId);
    }

    @Override
    public synchronized String post(String channelId, Reply message) {
        String id = next();
        messages.put(id, new Posted(channelId, id, message));
        return id;
    }

    @Override
    public synchronized void postToWebhook(String webhookUrl, Reply message) {
        webhookPosts.add(new Posted(webhookUrl, next(), message));
    }

    /** What was posted through webhooks, oldest first (the channel id holds the webhook's address). */
    public synchronized List<Posted> webhookPosts() {
        return List.copyOf(webhookPosts);
    }

    @Override
    public synchronized void edit(String channelId, String messageId, Reply message) {
        edits++;
        if (messages.containsKey(messageId)) {
            messages.put(messageId, new Posted(channelId, messageId, message));
        }
    }

    @Override
    public synchronized String sendDirect(DiscordUserId user, Reply message) {
        dmAttempts.add(user.asString());
        if (closedDms.contains(user)) {
            throw new DirectMessagesClosedException(user, null);
        }
        String channel = "dm-" + user.asString();
        String id = next();
        messages.put(id, new Posted(channel, id, message));
        return channel + "/" + id;
    }

    @Override
    public synchronized byte[] download(String url, long maxBytes) {
        byte[] bytes = files.get(url);
        if (bytes == null) {
            throw new IllegalStateException("no file at " + url);
        }
        return bytes.length > maxBytes ? java.util.Arrays.copyOf(bytes, (int) maxBytes + 1) : bytes;
    }

    @Override
    public synchronized void addRole(String guildId, DiscordUserId user, String roleId) {
        roles.add("+" + roleId + "@" + user);
    }

    @Override
    public synchronized void removeRole(String guildId, DiscordUserId user, String roleId) {
        roles.add("-" + roleId + "@" + user);
    }

    @Override
    public synchronized List<String> guildIds() {
        return guilds;
    }

    /** The bot is in these servers from now on (at first only {@link MockEvents#GUILD}). */
    public synchronized void inGuilds(String... guildIds) {
        guilds = List.of(guildIds);
    }

    /** The user's direct messages are closed from now on (50007). */
    public synchronized void closeDms(DiscordUserId user) {
        closedDms.add(user);
    }

    /** Serves a file at a URL. */
    public synchronized void serve(String url, byte[] bytes) {
        files.put(url, bytes);
    }

    /** Every message in a channel, oldest first. */
    public synchronized List<Posted> in(String channelId) {
        return messages.values().stream().filter(p -> p.channelId().equals(channelId)).toList();
    }

    /** Every message posted anywhere (channels and direct messages), oldest first. */
    public synchronized List<Posted> all() {
        return List.copyOf(messages.values());
    }

    /** A message as it is now. */
    public synchronized Posted message(String messageId) {
        return messages.get(messageId);
    }

    /** The direct messages a user received. */
    public synchronized List<Posted> dms(DiscordUserId user) {
        return in("dm-" + user.asString());
    }

    /** How many direct messages were tried to a user (including refused ones). */
    public synchronized long dmAttempts(DiscordUserId user) {
        return dmAttempts.stream().filter(user.asString()::equals).count();
    }

    /** Channels created and not deleted. */
    public synchronized Map<String, String> channels() {
        return new LinkedHashMap<>(channels);
    }

    /** Channels deleted. */
    public synchronized List<String> deleted() {
        return List.copyOf(deleted);
    }

    /** Role changes, as {@code +role@user} or {@code -role@user}. */
    public synchronized List<String> roleChanges() {
        return List.copyOf(roles);
    }

    /** How many edits were made. */
    public synchronized int edits() {
        return edits;
    }

    private String next() {
        return Long.toString(ids.incrementAndGet());
    }
}
