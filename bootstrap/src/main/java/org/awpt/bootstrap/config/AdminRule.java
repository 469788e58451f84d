package org.awpt.bootstrap.config;

import org.awpt.domain.access.AccessPolicy;

/**
 * Who administers the shop: the configured admins, or, when none is configured, the members with
 * Discord's Administrator permission in the shop's server (so a shop run with nothing but a bot
 * token is usable by its server owner at once). The access policy decides; this only maps.
 */
public final class AdminRule {
    private AdminRule() {
    }

    /** The policy the shop enforces for this configured one. */
    public static AccessPolicy effective(AccessPolicy configured) {
        return configured.withServerAdministratorsWhenNoAdmins();
    }

    /** One line telling the operator which rule applies, for the start-up log. */
    public static String describe(AccessPolicy configured) {
        if (configured.namesAdmins()) {
            return "Admins: the configured allowedUserIds and adminRoleIds (" + configured.adminUserIds().size()
                    + " users, " + configured.adminRoleIds().size() + " roles)";
        }
        return "Admins: no admin is configured, so members with the Administrator permission in the shop's server"
                + " (guildIds, or the bot's only server) are admins; set allowedUserIds or adminRoleIds to choose"
                + " them yourself";
    }
}
