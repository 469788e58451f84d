package org.awpt.domain.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;

/**
 * A person with the roles the access policy gave them: a Discord user, or the operator at the shop's
 * console.
 *
 * @param id    the Discord user, or the console's operator
 * @param roles their roles; every actor is at least a buyer
 */
public record Actor(ActorId id, Set<Role> roles) {
    /** Checks the id and adds the buyer role everyone has. */
    public Actor {
        Objects.requireNonNull(id, "id");
        EnumSet<Role> all = EnumSet.of(Role.BUYER);
        if (roles != null) {
            all.addAll(roles);
        }
        roles = Set.copyOf(all);
    }

    /** A buyer without staff roles. */
    public static Actor buyer(DiscordUserId id) {
        return new Actor(id, Set.of());
    }

    /**
     * The Discord user acting; the console's operator, who has no Discord id, is refused with
     * {@link NotAuthorizedException} naming the action (one only a Discord user can do).
     */
    public DiscordUserId userId(String action) {
        if (id instanceof DiscordUserId user) {
            return user;
        }
        throw new NotAuthorizedException(id, action);
    }

    /** Whether the actor holds a role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor is an admin. */
    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Refuses with {@link NotAuthorizedException} unless the actor holds the role. */
    public void require(Role role, String action) {
        if (!has(role)) {
            throw new NotAuthorizedException(id, action);
        }
    }
}
