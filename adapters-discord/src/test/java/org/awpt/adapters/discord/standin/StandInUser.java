package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A Discord user known to the stand-in (the bot itself, buyers, admins).
 *
 * @param id       snowflake
 * @param username unique user name
 * @param bot      true for the bot account
 */
public record StandInUser(long id, String username, boolean bot) {

    /** Checks the name. */
    public StandInUser {
        Objects.requireNonNull(username, "username");
    }

    /** The id as Discord writes it. */
    public String idString() {
        return Long.toUnsignedString(id);
    }

    /** The bot's own user as {@code GET users/@me} and READY show it: with its private fields. */
    ObjectNode selfJson() {
        return json().put("verified", true).put("mfa_enabled", false).put("locale", "en-US");
    }

    ObjectNode json() {
        ObjectNode user = Json.object()
                .put("id", idString())
                .put("username", username)
                .put("discriminator", "0")
                .put("global_name", username)
                .put("public_flags", 0)
                .put("flags", 0)
                .put("bot", bot)
                .put("system", false);
        user.putNull("avatar");
        user.putNull("primary_guild");
        return user;
    }
}
