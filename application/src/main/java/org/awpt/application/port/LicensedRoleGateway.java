package org.awpt.application.port;

import org.awpt.domain.DiscordUserId;

/**
 * Gives and takes the shop's licensed role in its Discord server. Idempotent: granting a role a
 * member has, or revoking one they lack, changes nothing, and a user who is not a member of the
 * server is no error. When the server could not be asked, an adapter throws: the use case logs it
 * and tries a revocation again on its next sweep.
 */
public interface LicensedRoleGateway {

    /** Gives the licensed role to the user, if they are a member. */
    void grant(DiscordUserId user);

    /** Takes the licensed role from the user, if they are a member. */
    void revoke(DiscordUserId user);
}
