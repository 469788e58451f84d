package org.awpt.bootstrap.guice;

import java.util.concurrent.atomic.AtomicReference;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.domain.DiscordUserId;

/**
 * The Discord operations before the bot is connected: the notifiers must exist to build the use
 * cases, and the use cases to build the handlers the bot connects with, so the notifiers get this
 * stand-in, which the bot's operations replace as it starts. Used before that, it refuses.
 */
final class DeferredDiscordOps implements DiscordOps {
    private final AtomicReference<DiscordOps> delegate = new AtomicReference<>();

    /** The connected bot's operations; set once. */
    void connect(DiscordOps ops) {
        if (!delegate.compareAndSet(null, ops)) {
            throw new IllegalStateException("the bot's operations are already connected");
        }
    }

    private DiscordOps ops() {
        DiscordOps ops = delegate.get();
        if (ops == null) {
            throw new IllegalStateException("the bot is not connected yet");
        }
        return ops;
    }

    @Override
    public String createTicketChannel(String guildId, DiscordUserId buyer, String name) {
        return ops().createTicketChannel(guildId, buyer, name);
    }

    @Override
    public void deleteChannel(String channelId) {
        ops().deleteChannel(channelId);
    }

    @Override
    public String post(String channelId, Reply message) {
        return ops().post(channelId, message);
    }

    @Override
    public void edit(String channelId, String messageId, Reply message) {
        ops().edit(channelId, messageId, message);
    }

    @Override
    public String sendDirect(DiscordUserId user, Reply message) {
        return ops().sendDirect(user, message);
    }

    @Override
    public byte[] download(String url, long maxBytes) {
        return ops().download(url, maxBytes);
    }

    @Override
    public void addRole(String guildId, DiscordUserId user, String roleId) {
        ops().addRole(guildId, user, roleId);
    }

    @Override
    public void removeRole(String guildId, DiscordUserId user, String roleId) {
        ops().removeRole(guildId, user, roleId);
    }
}
