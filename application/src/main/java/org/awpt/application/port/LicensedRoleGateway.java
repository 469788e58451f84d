package org.awpt.application.port;

import org.awpt.domain.DiscordUserId;

/**
 * Gives and takes the shop's licensed role in its Discord server. Best effort and idempotent:
 * granting a role a member has, or revoking one they lack, changes nothing, and a user who is not
 * a member of the server is no error. Adapters log what failed.
 */
public interface LicensedRoleGateway {

    /** Gives the licensed role to the user, if they are a member. */
    void grant(DiscordUserId user);

    /** Takes the licensed role from the user, if they are a member. */
    void revoke(DiscordUserId user);
}
