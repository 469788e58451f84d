package org.awpt.adapters.discord.lifecycle;

import java.util.List;
import java.util.Objects;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.domain.DiscordUserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The licensed role, by its configured id, in every server of the shop. A user who is not a member
 * of a server is skipped there (Discord's Unknown Member is ignored by {@link DiscordOps}); a server
 * that could not be asked does not stop the others, and the first such failure is thrown afterwards
 * so the use case can try again.
 */
public final class JdaLicensedRoleGateway implements LicensedRoleGateway {
    private static final Logger LOG = LoggerFactory.getLogger(JdaLicensedRoleGateway.class);

    private final DiscordOps ops;
    private final List<String> guildIds;
    private final String roleId;

    /** The role {@code roleId} in the servers {@code guildIds}. */
    public JdaLicensedRoleGateway(DiscordOps ops, List<String> guildIds, String roleId) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.guildIds = List.copyOf(guildIds);
        if (roleId == null || roleId.isBlank()) {
            throw new IllegalArgumentException("a licensed role id is required");
        }
        this.roleId = roleId;
    }

    @Override
    public void grant(DiscordUserId user) {
        change(user, true);
    }

    @Override
    public void revoke(DiscordUserId user) {
        change(user, false);
    }

    private void change(DiscordUserId user, boolean grant) {
        Objects.requireNonNull(user, "user");
        RuntimeException first = null;
        for (String guild : guildIds) {
            try {
                if (grant) {
                    ops.addRole(guild, user, roleId);
                } else {
                    ops.removeRole(guild, user, roleId);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not {} the licensed role {} of {} in server {}", grant ? "give" : "take", roleId,
                        user, guild, e);
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
