package org.awpt.adapters.discord.runtime;

import org.awpt.domain.DiscordUserId;

/** A user does not accept direct messages from the bot (Discord error 50007). Never retried. */
public final class DirectMessagesClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Names the user. */
    public DirectMessagesClosedException(DiscordUserId user, Throwable cause) {
        super("direct messages closed by " + user, cause);
    }
}
