package org.awpt.domain.access;

import java.util.Objects;
import java.util.Set;
import org.awpt.domain.DiscordUserId;

/**
 * Who is asking, as an adapter sees them: their Discord id and the ids of the server roles they
 * hold. Adapters never decide roles; the access policy does.
 *
 * @param userId  the Discord user
 * @param roleIds the ids of the Discord roles the user holds in the shop's server (may be empty), and
 *                {@link AccessPolicy#SERVER_ADMINISTRATOR} when they hold the Administrator permission there
 */
public record Requester(DiscordUserId userId, Set<String> roleIds) {
    /** Checks the user is present and copies the roles. */
    public Requester {
        Objects.requireNonNull(userId, "userId");
        roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
    }

    /** A requester with no server roles (direct messages, tests). */
    public static Requester of(DiscordUserId userId) {
        return new Requester(userId, Set.of());
    }
}
