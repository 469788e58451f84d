package org.awpt.adapters.roblox.api;

import java.util.List;

/**
 * The body of {@code POST users.roblox.com/v1/usernames/users}.
 *
 * @param usernames          the names to look up, current or previous
 * @param excludeBannedUsers whether banned accounts are left out of the answer
 */
public record UsernamesRequest(List<String> usernames, boolean excludeBannedUsers) {
    /** Copies the names. */
    public UsernamesRequest {
        usernames = List.copyOf(usernames);
    }
}
