package org.awpt.application.cooldown;

import java.time.Clock;
import java.util.Objects;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;

/**
 * The one place the shop's cooldown rule is applied: refuse while a user cools down, count a
 * failure by the action's configured rule, clear the count after a success. Used by
 * {@link CooldownService} and by the purchase checks.
 */
public final class CooldownBook {
    private final CooldownStore store;
    private final ShopSettings settings;
    private final Clock clock;

    /** A book kept in this store, by the rules of these settings. */
    public CooldownBook(CooldownStore store, ShopSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Refuses with {@link org.awpt.domain.access.CoolingDownException} while the user cools down for the action. */
    public void check(DiscordUserId user, CooldownAction action) {
        store.find(user, action).ifPresent(cooldown -> cooldown.requireReady(clock.instant()));
    }

    /** Counts a failure of the user at the action, which may make them wait before the next try. */
    public void recordFailure(DiscordUserId user, CooldownAction action) {
        Cooldown current = store.find(user, action).orElseGet(() -> Cooldown.fresh(user, action));
        store.save(current.afterFailure(settings.cooldownRule(action), clock.instant()));
    }

    /** Clears the user's failures at the action; most successes follow no failure and write nothing. */
    public void recordSuccess(DiscordUserId user, CooldownAction action) {
        store.find(user, action)
                .filter(cooldown -> cooldown.failures() > 0)
                .ifPresent(cooldown -> store.save(cooldown.afterSuccess()));
    }

    /** The user's cooldown at the action: the stored one, else a fresh one. */
    public Cooldown of(DiscordUserId user, CooldownAction action) {
        return store.find(user, action).orElseGet(() -> Cooldown.fresh(user, action));
    }

    /** Clears the user's cooldown at the action, whatever it was. */
    public void clear(DiscordUserId user, CooldownAction action) {
        store.save(Cooldown.fresh(user, action));
    }
}
