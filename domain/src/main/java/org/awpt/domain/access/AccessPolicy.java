package org.awpt.domain.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.awpt.domain.DiscordUserId;

/**
 * Who holds which role: admins by user id or by the admin role, support by user id or the support
 * role. Admins may also do what support does.
 *
 * @param adminUserIds   users who are admins
 * @param adminRoleIds   server roles whose members are admins
 * @param supportUserIds users who are support staff
 * @param supportRoleIds server roles whose members are support staff
 */
public record AccessPolicy(Set<DiscordUserId> adminUserIds, Set<String> adminRoleIds,
        Set<DiscordUserId> supportUserIds, Set<String> supportRoleIds) {

    /**
     * A reserved role id an adapter reports for a member holding the server's Administrator
     * permission; it makes them an admin only when it is among {@link #adminRoleIds()}.
     */
    public static final String SERVER_ADMINISTRATOR = "server-administrator";

    /**
     * A reserved role id an adapter reports for a request typed at the shop's own console (the command
     * line run on the shop's data folder): whoever can do that already holds the data, so it makes the
     * requester an {@link Role#OPERATOR operator}, and nothing more.
     */
    public static final String LOCAL_CONSOLE = "local-console";

    /** Copies the sets; a missing set is empty. */
    public AccessPolicy {
        adminUserIds = adminUserIds == null ? Set.of() : Set.copyOf(adminUserIds);
        adminRoleIds = adminRoleIds == null ? Set.of() : Set.copyOf(adminRoleIds);
        supportUserIds = supportUserIds == null ? Set.of() : Set.copyOf(supportUserIds);
        supportRoleIds = supportRoleIds == null ? Set.of() : Set.copyOf(supportRoleIds);
    }

    /** The actor a requester is, by this policy. */
    public Actor resolve(Requester requester) {
        EnumSet<Role> roles = EnumSet.of(Role.BUYER);
        boolean admin = adminUserIds.contains(requester.who())
                || requester.roleIds().stream().anyMatch(adminRoleIds::contains);
        boolean support = supportUserIds.contains(requester.who())
                || requester.roleIds().stream().anyMatch(supportRoleIds::contains);
        if (admin) {
            roles.add(Role.ADMIN);
            roles.add(Role.OPERATOR);
            roles.add(Role.SUPPORT);
        } else if (support) {
            roles.add(Role.SUPPORT);
        }
        if (requester.roleIds().contains(LOCAL_CONSOLE)) {
            roles.add(Role.OPERATOR);
        }
        return new Actor(requester.who(), roles);
    }

    /** Whether any admin is named, by user id or by a role other than the reserved ones. */
    public boolean namesAdmins() {
        return !adminUserIds.isEmpty() || adminRoleIds.stream()
                .anyMatch(id -> !id.equals(SERVER_ADMINISTRATOR) && !id.equals(LOCAL_CONSOLE));
    }

    /**
     * This policy, where server administrators are admins when it names no admin (so the server
     * owner can run a shop configured with nothing but a bot token); otherwise this policy unchanged.
     */
    public AccessPolicy withServerAdministratorsWhenNoAdmins() {
        if (namesAdmins()) {
            return this;
        }
        Set<String> roles = new HashSet<>(adminRoleIds);
        roles.add(SERVER_ADMINISTRATOR);
        return new AccessPolicy(adminUserIds, roles, supportUserIds, supportRoleIds);
    }
}
