package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.awpt.application.port.CooldownStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Cooldown;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CooldownStore} does: the fake and every real adapter extend this suite. */
public abstract class CooldownStoreContract {
    /** When the first test failure happened. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId USER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId OTHER_USER = new DiscordUserId(222_222_222_222L);

    /** The store under test, new and empty for each test. */
    protected CooldownStore store;

    /** A new, empty cooldown store. */
    protected abstract CooldownStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void aUserWhoNeverFailedHasNoCooldown() {
        assertThat(store.find(USER, CooldownAction.ROBUX_VERIFICATION)).isEmpty();
    }

    @Test
    void aSavedCooldownIsFoundAsItWas() {
        Cooldown cooling = failures(USER, CooldownAction.ROBUX_VERIFICATION, 4);

        store.save(cooling);

        assertThat(store.find(USER, CooldownAction.ROBUX_VERIFICATION)).contains(cooling);
    }

    @Test
    void aClearedCooldownRoundTripsWithItsFarPastTime() {
        // A cleared cooldown's "until" is Instant.MIN, which no date type of a store holds as such.
        Cooldown cleared = failures(USER, CooldownAction.MANUAL_PAYMENT, 3).afterSuccess();

        store.save(cleared);

        assertThat(store.find(USER, CooldownAction.MANUAL_PAYMENT)).contains(cleared);
        assertThat(store.find(USER, CooldownAction.MANUAL_PAYMENT).orElseThrow().until()).isEqualTo(Instant.MIN);
    }

    @Test
    void savingAgainReplacesTheUsersCooldownForTheAction() {
        store.save(failures(USER, CooldownAction.OPEN_TICKET, 5));
        Cooldown later = failures(USER, CooldownAction.OPEN_TICKET, 1);

        store.save(later);

        assertThat(store.find(USER, CooldownAction.OPEN_TICKET)).contains(later);
    }

    @Test
    void cooldownsAreKeptApartPerUserAndPerAction() {
        Cooldown robux = failures(USER, CooldownAction.ROBUX_VERIFICATION, 3);
        Cooldown manual = failures(USER, CooldownAction.MANUAL_PAYMENT, 6);
        Cooldown others = failures(OTHER_USER, CooldownAction.ROBUX_VERIFICATION, 8);
        store.save(robux);
        store.save(manual);
        store.save(others);

        assertThat(store.find(USER, CooldownAction.ROBUX_VERIFICATION)).contains(robux);
        assertThat(store.find(USER, CooldownAction.MANUAL_PAYMENT)).contains(manual);
        assertThat(store.find(OTHER_USER, CooldownAction.ROBUX_VERIFICATION)).contains(others);
        assertThat(store.find(OTHER_USER, CooldownAction.MANUAL_PAYMENT)).isEmpty();
        assertThat(store.find(USER, new CooldownAction("custom_action"))).isEmpty();
    }

    /** The cooldown after {@code count} failures a minute apart by the default rule. */
    private static Cooldown failures(DiscordUserId user, CooldownAction action, int count) {
        Cooldown cooldown = Cooldown.fresh(user, action);
        for (int i = 0; i < count; i++) {
            cooldown = cooldown.afterFailure(CooldownRule.defaults(), T0.plusSeconds(60L * i));
        }
        return cooldown;
    }
}
