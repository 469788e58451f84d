package org.awpt.adapters.roblox.api;

import java.util.List;

/**
 * The answer of {@code POST users.roblox.com/v1/usernames/users}: unknown names are simply absent.
 *
 * @param data one entry per name that matched
 */
public record UsernamesResponse(List<Match> data) {

    /**
     * One matched name.
     *
     * @param requestedUsername the name as asked
     * @param hasVerifiedBadge  whether the account has the verified badge
     * @param id                the user id
     * @param name              the current username
     * @param displayName       the display name
     */
    public record Match(String requestedUsername, Boolean hasVerifiedBadge, Long id, String name,
                        String displayName) {
    }
}
