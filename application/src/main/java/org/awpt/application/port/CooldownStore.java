package org.awpt.application.port;

import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;

/** Per-user, per-action cooldowns; the last write wins (cooldowns slow abuse down, they guard no money). */
public interface CooldownStore {

    /** The user's cooldown for an action, if one was stored. */
    Optional<Cooldown> find(DiscordUserId user, CooldownAction action);

    /** Stores a cooldown, replacing the user's previous one for the action. */
    void save(Cooldown cooldown);
}
