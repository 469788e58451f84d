package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.awpt.application.port.LockdownStore;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LockdownStore} does: the fake and every real adapter extend this suite. */
public abstract class LockdownStoreContract {
    /** When the first test switch was switched. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId ADMIN = new DiscordUserId(999_999_999_999L);
    private static final DiscordUserId OTHER_ADMIN = new DiscordUserId(888_888_888_888L);

    /** The store under test, new and empty for each test. */
    protected LockdownStore store;

    /** A new, empty lockdown store. */
    protected abstract LockdownStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void aFeatureNeverSwitchedHasNoSwitch() {
        assertThat(store.find(Feature.IMPORTS)).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aSavedSwitchIsFoundAsItWas() {
        Lockdown locked = new Lockdown(Feature.paymentMethod("gcash"), true, ADMIN, T0, "provider outage");

        store.save(locked);

        assertThat(store.find(Feature.paymentMethod("gcash"))).contains(locked);
        assertThat(store.find(Feature.paymentMethod("cashapp"))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheFeaturesSwitch() {
        store.save(new Lockdown(Feature.KEY_REQUESTS, true, ADMIN, T0, "audit"));
        Lockdown reopened = new Lockdown(Feature.KEY_REQUESTS, false, OTHER_ADMIN, T0.plusSeconds(600), null);

        store.save(reopened);

        assertThat(store.find(Feature.KEY_REQUESTS)).contains(reopened);
        assertThat(store.all()).containsExactly(reopened);
    }

    @Test
    void allListsEverySwitchOncePerFeature() {
        Lockdown imports = new Lockdown(Feature.IMPORTS, true, ADMIN, T0, "migration");
        Lockdown requests = new Lockdown(Feature.KEY_REQUESTS, false, ADMIN, T0, "");
        Lockdown gcashBefore = new Lockdown(Feature.paymentMethod("gcash"), false, ADMIN, T0, "");
        Lockdown gcash = new Lockdown(Feature.paymentMethod("gcash"), true, OTHER_ADMIN, T0.plusSeconds(5), "fraud");
        store.save(imports);
        store.save(gcashBefore);
        store.save(requests);
        store.save(gcash);

        assertThat(store.all()).containsExactlyInAnyOrder(imports, requests, gcash);
    }
}
