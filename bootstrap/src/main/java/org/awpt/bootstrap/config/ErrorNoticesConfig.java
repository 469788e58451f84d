package org.awpt.bootstrap.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the staff are told of failures the bot did not expect ({@code errorNotices}), if anywhere.
 *
 * @param channelId  a channel of the shop's server
 * @param webhookUrl or a Discord webhook (its address holds a token: a secret)
 * @param interval   at most one notice per error class in this time
 */
public record ErrorNoticesConfig(Optional<String> channelId, Optional<Secret> webhookUrl, Duration interval) {
    /** How often one error class is told at most, unless configured. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    /** Checks the parts are present. */
    public ErrorNoticesConfig {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(interval, "interval");
    }

    /** Nowhere: failures are only logged. */
    public static ErrorNoticesConfig none() {
        return new ErrorNoticesConfig(Optional.empty(), Optional.empty(), DEFAULT_INTERVAL);
    }
}
