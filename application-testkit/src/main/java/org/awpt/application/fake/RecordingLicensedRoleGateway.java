package org.awpt.application.fake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.domain.DiscordUserId;

/**
 * A server's licensed role in memory: who has it now, and every grant and revocation in order;
 * thread-safe. {@link #leave} and {@link #join} model members leaving (losing their roles, as on
 * Discord) and coming back; a user who is not a member is left alone, without error.
 */
public final class RecordingLicensedRoleGateway implements LicensedRoleGateway {
    private final Set<DiscordUserId> holders = ConcurrentHashMap.newKeySet();
    private final Set<DiscordUserId> absent = ConcurrentHashMap.newKeySet();
    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @Override
    public void grant(DiscordUserId user) {
        changes.add(new Change(user, true));
        if (!absent.contains(user)) {
            holders.add(user);
        }
    }

    @Override
    public void revoke(DiscordUserId user) {
        changes.add(new Change(user, false));
        holders.remove(user);
    }

    /** The user leaves the server and, as on Discord, loses their roles. */
    public void leave(DiscordUserId user) {
        absent.add(user);
        holders.remove(user);
    }

    /** The user is a member again, without roles. */
    public void join(DiscordUserId user) {
        absent.remove(user);
    }

    /** Whether the user has the role now. */
    public boolean has(DiscordUserId user) {
        return holders.contains(user);
    }

    /** Every user who has the role now. */
    public Set<DiscordUserId> holders() {
        return Set.copyOf(holders);
    }

    /** Every grant and revocation asked for, in order. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * One grant or revocation asked for.
     *
     * @param user    whose role
     * @param granted {@code true} for a grant, {@code false} for a revocation
     */
    public record Change(DiscordUserId user, boolean granted) {
    }
}
