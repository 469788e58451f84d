package org.awpt.adapters.discord.notify;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.port.SalesFeed;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one line per completed sale in the sales channel: buyer, type, method and the masked keys.
 * Without a channel (no sales channel and no admin channel configured) the sale is only logged. A
 * failure to post is thrown to the dispatcher, which logs it; the sale itself is never affected.
 */
public final class JdaSalesFeed implements SalesFeed {
    private static final Logger LOG = LoggerFactory.getLogger(JdaSalesFeed.class);

    private final DiscordOps ops;
    private final Messages messages;
    private final Optional<String> channel;

    /**
     * A feed posting in {@code channel}.
     *
     * @param channel the sales channel (by default the admin channel); empty: sales are only logged
     */
    public JdaSalesFeed(DiscordOps ops, Messages messages, Optional<String> channel) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public void saleCompleted(SaleCompleted sale) {
        String text = line(sale);
        if (channel.isEmpty()) {
            LOG.info("sale not posted (no sales or admin channel configured): {}", text);
            return;
        }
        ops.post(channel.get(), Reply.privateText(text).publicly());
    }

    /** The sale's one line; keys masked. */
    String line(SaleCompleted sale) {
        String keys = sale.keys().stream().map(KeyCode::masked).collect(Collectors.joining(", "));
        return sale.discordBuyer()
                .map(buyer -> messages.get("sales.feed", "buyer", buyer, "type", sale.type(), "method", sale.method(),
                        "keys", keys, "at", sale.at()))
                .orElseGet(() -> messages.get("sales.feed.storefront", "reference", sale.reference(),
                        "type", sale.type(), "method", sale.method(), "keys", keys, "at", sale.at()));
    }
}
