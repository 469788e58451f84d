package org.awpt.application.cooldown;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;

/** Cooldowns kept in a {@link CooldownStore}, by each action's rule from the shop's settings. */
public final class CooldownService implements CooldownUseCase {
    private final CooldownStore store;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;

    /** A service over this store. */
    public CooldownService(CooldownStore store, ShopSettings settings, Authorization authorization, Auditor auditor,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void check(DiscordUserId user, CooldownAction action) {
        store.find(user, action).ifPresent(cooldown -> cooldown.requireReady(clock.instant()));
    }

    @Override
    public void recordFailure(DiscordUserId user, CooldownAction action) {
        Cooldown current = store.find(user, action).orElseGet(() -> Cooldown.fresh(user, action));
        store.save(current.afterFailure(settings.cooldownRule(action), clock.instant()));
    }

    @Override
    public void recordSuccess(DiscordUserId user, CooldownAction action) {
        Optional<Cooldown> current = store.find(user, action);
        // Most successes follow no failure: nothing to write then.
        if (current.isPresent() && !current.get().equals(Cooldown.fresh(user, action))) {
            store.save(current.get().afterSuccess());
        }
    }

    @Override
    public void reset(Requester admin, DiscordUserId user, CooldownAction action) {
        Actor actor = authorization.requireAdmin(admin, "reset cooldowns");
        store.save(Cooldown.fresh(user, action));
        auditor.record(actor.id(), AuditAction.COOLDOWN_RESET, user.asString(), Map.of("action", action.code()));
    }
}
