package org.awpt.application.roblox;

import java.util.Objects;
import org.awpt.domain.RobloxUserId;

/**
 * A Roblox account as Roblox describes it.
 *
 * @param id          its id
 * @param name        its username
 * @param displayName its display name
 * @param banned      whether Roblox banned it
 */
public record RobloxUser(RobloxUserId id, String name, String displayName, boolean banned) {
    /** Checks the id and name are present. */
    public RobloxUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        displayName = displayName == null ? name : displayName;
    }
}
