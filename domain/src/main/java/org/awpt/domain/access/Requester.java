package org.awpt.domain.access;

import java.util.Objects;
import java.util.Set;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;

/**
 * Who is asking, as an adapter sees them: their Discord id (or the console's operator) and the ids of
 * the server roles they hold. Adapters never decide roles; the access policy does.
 *
 * @param who     the Discord user, or the operator at the shop's console
 * @param roleIds the ids of the Discord roles the user holds in the shop's server (may be empty),
 *                {@link AccessPolicy#SERVER_ADMINISTRATOR} when they hold the Administrator permission
 *                there, {@link AccessPolicy#LOCAL_CONSOLE} when the request was typed at the shop's console
 */
public record Requester(ActorId who, Set<String> roleIds) {
    /** Checks who is present and copies the roles. */
    public Requester {
        Objects.requireNonNull(who, "who");
        roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
    }

    /** A requester with no server roles (direct messages, tests). */
    public static Requester of(DiscordUserId userId) {
        return new Requester(userId, Set.of());
    }

    /**
     * A request typed at the shop's console, by its operator or attributed to a Discord user
     * ({@code awpt ... --as}): the console holds the shop's data, so it may run the operator commands.
     */
    public static Requester atConsole(ActorId who) {
        return new Requester(who, Set.of(AccessPolicy.LOCAL_CONSOLE));
    }

    /**
     * The Discord user asking; the console's operator, who has no Discord id, is refused with
     * {@link NotAuthorizedException} (a Discord-only action).
     */
    public DiscordUserId userId() {
        if (who instanceof DiscordUserId user) {
            return user;
        }
        throw new NotAuthorizedException(who, "act as a Discord user");
    }
}
