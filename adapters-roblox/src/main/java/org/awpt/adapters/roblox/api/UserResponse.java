package org.awpt.adapters.roblox.api;

/**
 * A user as {@code GET users.roblox.com/v1/users/{userId}} returns it.
 *
 * @param id               the user id
 * @param name             the username
 * @param displayName      the display name
 * @param isBanned         whether Roblox banned the account
 * @param created          when the account was created (ISO-8601 text)
 * @param hasVerifiedBadge whether the account has the verified badge
 * @param description      the profile description
 */
public record UserResponse(Long id, String name, String displayName, Boolean isBanned, String created,
                           Boolean hasVerifiedBadge, String description) {
}
