package org.awpt.adapters.discord.runtime;

import java.util.Objects;

/** Where the staff are told of failures the bot did not expect: a channel of the shop, or a Discord webhook. */
public sealed interface ErrorNoticeTarget {

    /**
     * A channel the bot posts in.
     *
     * @param channelId the channel
     */
    record Channel(String channelId) implements ErrorNoticeTarget {
        /** Checks the id is present. */
        public Channel {
            Objects.requireNonNull(channelId, "channelId");
        }
    }

    /**
     * A Discord webhook (such as one into a staff server). Its address holds the webhook's token, so
     * {@link #toString()} never shows it.
     *
     * @param url the webhook's address
     */
    record Webhook(String url) implements ErrorNoticeTarget {
        /** Checks the address is present. */
        public Webhook {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String toString() {
            return "Webhook[********]";
        }
    }
}
