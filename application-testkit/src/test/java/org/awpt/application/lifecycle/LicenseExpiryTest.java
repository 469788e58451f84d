package org.awpt.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.lifecycle.LicenseLifecycleService.ROLE_TOPIC;
import static org.awpt.application.lifecycle.LifecycleShop.BUYER;
import static org.awpt.application.lifecycle.LifecycleShop.OTHER_BUYER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awpt.application.Shop;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.Reaction;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.RecordingLicensedRoleGateway.Change;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.LicenseExpired;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

/**
 * Ended licenses announced as {@link LicenseExpired}, once each, and the licensed role taken by the
 * reaction to it rather than waiting for the role round.
 */
class LicenseExpiryTest {
    private final LifecycleShop shop = new LifecycleShop();
    private final List<LicenseExpired> heard = new ArrayList<>();
    private final EventDispatcher events = new EventDispatcher()
            .add(ShopReactions.licensedRoleTakenOnExpiry(shop.lifecycle))
            .add(new Reaction<>(LicenseExpired.class, "recorder", heard::add));
    private final LicenseExpiryService expiries = new LicenseExpiryService(shop.keys, shop.once, events, shop.clock);

    private LicenseKey deliver(DiscordUserId buyer, LicenseTypeCode type) {
        LicenseKey key = shop.sell(buyer, type);
        shop.lifecycle.licenseDelivered(key);
        return key;
    }

    @Test
    void anExpiryIsAnnouncedOnceWhenItPassesAndTheRoleGoesWithIt() {
        LicenseKey key = deliver(BUYER, LicenseTypeCode.WEEKLY);
        shop.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(expiries.announceExpiries()).isZero();
        assertThat(shop.roles.has(BUYER)).isTrue();

        shop.clock.advance(Duration.ofSeconds(1));

        assertThat(expiries.announceExpiries()).isOne();
        assertThat(heard).singleElement().satisfies(expired -> assertThat(expired.key().code()).isEqualTo(key.code()));
        assertThat(shop.roles.changes()).containsExactly(new Change(BUYER, true), new Change(BUYER, false));
        assertThat(shop.once.isMarked(ROLE_TOPIC, BUYER.asString())).isFalse();
        // Nothing left for the role round, and nothing announced twice, also by a new service (a restart).
        assertThat(shop.lifecycle.revokeExpiredRoles()).isZero();
        shop.clock.advance(Duration.ofHours(1));
        assertThat(new LicenseExpiryService(shop.keys, shop.once, events, shop.clock).announceExpiries()).isZero();
        assertThat(heard).hasSize(1);
    }

    @Test
    void aHolderWithAnotherActiveKeyKeepsTheRole() {
        deliver(BUYER, LicenseTypeCode.WEEKLY);
        shop.clock.advance(Duration.ofDays(6));
        deliver(BUYER, LicenseTypeCode.MONTHLY);
        shop.clock.advance(Duration.ofDays(2));

        assertThat(expiries.announceExpiries()).isOne();

        assertThat(shop.roles.has(BUYER)).isTrue();
        assertThat(shop.once.isMarked(ROLE_TOPIC, BUYER.asString())).isTrue();
    }

    @Test
    void expiriesWhileTheShopWasStoppedAreAnnouncedWithinTheLookback() {
        deliver(BUYER, LicenseTypeCode.WEEKLY);
        shop.clock.advance(Duration.ofDays(1));
        deliver(OTHER_BUYER, LicenseTypeCode.WEEKLY);
        // Now the first expired exactly the lookback ago (still included), the second a day later.
        shop.clock.advance(Duration.ofDays(7).plus(LicenseExpiryService.LOOKBACK).minusDays(1));

        assertThat(expiries.announceExpiries()).isEqualTo(2);
        assertThat(heard).extracting(expired -> expired.key().holder()).containsExactly(BUYER, OTHER_BUYER);
        assertThat(shop.roles.holders()).isEmpty();
    }

    @Test
    void anExpiryPastTheLookbackIsLeftToTheRoleRound() {
        deliver(BUYER, LicenseTypeCode.WEEKLY);
        shop.clock.advance(Duration.ofDays(7).plus(LicenseExpiryService.LOOKBACK).plusSeconds(1));

        assertThat(expiries.announceExpiries()).isZero();
        assertThat(shop.roles.has(BUYER)).isTrue();
        assertThat(shop.lifecycle.revokeExpiredRoles()).isOne();
        assertThat(shop.roles.has(BUYER)).isFalse();
    }

    @Test
    void revokedKeysAreNotAnnouncedAsExpired() {
        LicenseKey key = deliver(BUYER, LicenseTypeCode.WEEKLY);
        shop.revoke(key);
        shop.clock.advance(Duration.ofDays(8));

        assertThat(expiries.announceExpiries()).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    void moreExpiriesThanOnePageAreAllAnnouncedOnce() {
        int count = LicenseLifecycleService.BATCH * 2 + 3;
        for (int i = 0; i < count; i++) {
            deliver(new DiscordUserId(10_000 + i), LicenseTypeCode.WEEKLY);
            // Distinct expiries: pages go on by expiry (a full page of one instant is the documented limit).
            shop.clock.advance(Duration.ofMillis(1));
        }
        shop.clock.advance(Duration.ofDays(8));

        assertThat(expiries.announceExpiries()).isEqualTo(count);
        assertThat(expiries.announceExpiries()).isZero();
        assertThat(heard).extracting(expired -> expired.key().code()).doesNotHaveDuplicates().hasSize(count);
        assertThat(shop.roles.holders()).isEmpty();
    }

    @Test
    void withoutALicensedRoleTheExpiryIsStillAnnouncedAndNothingElseHappens() {
        LifecycleShop roleless = new LifecycleShop(false);
        List<LicenseExpired> told = new ArrayList<>();
        EventDispatcher dispatcher = new EventDispatcher()
                .add(ShopReactions.licensedRoleTakenOnExpiry(roleless.lifecycle))
                .add(new Reaction<>(LicenseExpired.class, "recorder", told::add));
        roleless.lifecycle.licenseDelivered(roleless.sell(BUYER));
        roleless.clock.advance(Duration.ofDays(8));

        assertThat(new LicenseExpiryService(roleless.keys, roleless.once, dispatcher, roleless.clock)
                .announceExpiries()).isOne();
        assertThat(told).hasSize(1);
        assertThat(roleless.roles.changes()).isEmpty();
    }

    @Test
    void theShopAnnouncesExpiriesAndTakesTheRoleByItsReaction() {
        Shop wired = InMemoryShop.create().shop();

        assertThat(wired.expiries()).isNotNull();
        assertThat(wired.events().reactionsTo(LicenseExpired.class)).containsExactly("licensed role taken");
    }

    @Test
    void onlyASoldKeyWithAHolderAndAnExpiryIsAnExpiredLicense() {
        LicenseKey inStock = TestKeys.inStock(99, LicenseTypeCode.WEEKLY, shop.clock.instant());

        assertThatThrownBy(() -> new LicenseExpired(inStock)).isInstanceOf(IllegalArgumentException.class);
    }
}
