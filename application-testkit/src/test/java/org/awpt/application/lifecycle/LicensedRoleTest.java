package org.awpt.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.lifecycle.LicenseLifecycleService.ROLE_TOPIC;
import static org.awpt.application.lifecycle.LifecycleShop.BUYER;
import static org.awpt.application.lifecycle.LifecycleShop.OTHER_BUYER;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awpt.application.fake.RecordingLicensedRoleGateway;
import org.awpt.application.fake.RecordingLicensedRoleGateway.Change;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class LicensedRoleTest {
    private final LifecycleShop shop = new LifecycleShop();

    private void deliver(DiscordUserId buyer) {
        shop.lifecycle.licenseDelivered(shop.sell(buyer));
    }

    @Test
    void aBuyerGetsTheRoleOnDelivery() {
        deliver(BUYER);

        assertThat(shop.roles.holders()).containsExactly(BUYER);
        assertThat(shop.once.isMarked(ROLE_TOPIC, BUYER.asString())).isTrue();
        assertThat(shop.once.markedAt(ROLE_TOPIC, BUYER.asString())).isEqualTo(shop.clock.instant());
    }

    @Test
    void aKeyNoLongerActiveGivesNoRole() {
        LicenseKey expired = shop.sell(BUYER);
        LicenseKey revoked = shop.revoke(shop.sell(OTHER_BUYER));
        shop.clock.advance(Duration.ofDays(7));

        shop.lifecycle.licenseDelivered(expired);
        shop.lifecycle.licenseDelivered(revoked);

        assertThat(shop.roles.changes()).isEmpty();
        assertThat(shop.once.subjects(ROLE_TOPIC, null, 10)).isEmpty();
    }

    @Test
    void theRoleIsTakenWhenTheLicenseExpires() {
        deliver(BUYER);
        shop.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(shop.lifecycle.revokeExpiredRoles()).isZero();
        assertThat(shop.roles.has(BUYER)).isTrue();

        shop.clock.advance(Duration.ofSeconds(1));

        assertThat(shop.lifecycle.revokeExpiredRoles()).isEqualTo(1);
        assertThat(shop.roles.has(BUYER)).isFalse();
        assertThat(shop.once.isMarked(ROLE_TOPIC, BUYER.asString())).isFalse();
        assertThat(shop.lifecycle.revokeExpiredRoles()).isZero();
        assertThat(shop.roles.changes()).containsExactly(new Change(BUYER, true), new Change(BUYER, false));
    }

    @Test
    void theRoleIsTakenWhenTheKeyIsRevoked() {
        LicenseKey key = shop.sell(BUYER);
        shop.lifecycle.licenseDelivered(key);
        deliver(OTHER_BUYER);

        shop.revoke(key);

        assertThat(shop.lifecycle.revokeExpiredRoles()).isEqualTo(1);
        assertThat(shop.roles.holders()).containsExactly(OTHER_BUYER);
    }

    @Test
    void theRoleStaysWhileAnotherKeyIsActive() {
        deliver(BUYER);
        shop.clock.advance(Duration.ofDays(6));
        shop.lifecycle.licenseDelivered(shop.sell(BUYER, LicenseTypeCode.MONTHLY));
        shop.clock.advance(Duration.ofDays(2));

        assertThat(shop.lifecycle.revokeExpiredRoles()).isZero();
        assertThat(shop.roles.has(BUYER)).isTrue();
    }

    @Test
    void theRoleIsTakenAfterARestart() {
        deliver(BUYER);
        shop.clock.advance(Duration.ofDays(8));

        assertThat(shop.restarted().revokeExpiredRoles()).isEqualTo(1);
        assertThat(shop.roles.has(BUYER)).isFalse();
    }

    @Test
    void aBuyerWhoRejoinsGetsTheRoleBack() {
        deliver(BUYER);
        shop.roles.leave(BUYER);
        shop.roles.join(BUYER);
        assertThat(shop.roles.has(BUYER)).isFalse();

        shop.lifecycle.memberJoined(BUYER);

        assertThat(shop.roles.has(BUYER)).isTrue();
    }

    @Test
    void aMemberWithoutAnActiveKeyGetsNothingOnJoining() {
        deliver(BUYER);
        shop.clock.advance(Duration.ofDays(7));

        shop.lifecycle.memberJoined(BUYER);
        shop.lifecycle.memberJoined(OTHER_BUYER);

        assertThat(shop.roles.changes()).containsExactly(new Change(BUYER, true));
    }

    @Test
    void aRejoinAfterTheMarkWasLostMarksTheHolderAgain() {
        deliver(BUYER);
        shop.once.unmark(ROLE_TOPIC, BUYER.asString());

        shop.lifecycle.memberJoined(BUYER);
        shop.clock.advance(Duration.ofDays(7));

        assertThat(shop.lifecycle.revokeExpiredRoles()).isEqualTo(1);
        assertThat(shop.roles.has(BUYER)).isFalse();
    }

    @Test
    void withoutALicensedRoleNothingHappens() {
        LifecycleShop roleless = new LifecycleShop(false);
        LicenseKey key = roleless.sell(BUYER);

        roleless.lifecycle.licenseDelivered(key);
        roleless.lifecycle.memberJoined(BUYER);
        roleless.revoke(key);

        assertThat(roleless.lifecycle.revokeExpiredRoles()).isZero();
        assertThat(roleless.roles.changes()).isEmpty();
        assertThat(roleless.once.subjects(ROLE_TOPIC, null, 10)).isEmpty();
    }

    @Test
    void moreHoldersThanOneBatchAreAllLookedAt() {
        int count = LicenseLifecycleService.BATCH * 2 + 7;
        for (int i = 0; i < count; i++) {
            deliver(new DiscordUserId(10_000L + i));
        }
        shop.clock.advance(Duration.ofDays(3));
        deliver(BUYER);
        shop.clock.advance(Duration.ofDays(5));

        assertThat(shop.lifecycle.revokeExpiredRoles()).isEqualTo(count);
        assertThat(shop.roles.holders()).containsExactly(BUYER);
        assertThat(shop.once.subjects(ROLE_TOPIC, null, count)).containsExactly(BUYER.asString());
    }

    @Test
    void aKeyDeliveredWhileTheRoleIsTakenGetsItBack() {
        AtomicReference<LifecycleShop> shopRef = new AtomicReference<>();
        RecordingLicensedRoleGateway server = new RecordingLicensedRoleGateway();
        LicensedRoleGateway racing = new LicensedRoleGateway() {
            private final AtomicInteger revocations = new AtomicInteger();

            @Override
            public void grant(DiscordUserId user) {
                server.grant(user);
            }

            @Override
            public void revoke(DiscordUserId user) {
                server.revoke(user);
                if (revocations.getAndIncrement() == 0) {
                    // The buyer renews just as the sweeper takes the role of the expired key.
                    shopRef.get().lifecycle.licenseDelivered(shopRef.get().sell(user));
                }
            }
        };
        LifecycleShop racingShop = new LifecycleShop(racing);
        shopRef.set(racingShop);
        racingShop.lifecycle.licenseDelivered(racingShop.sell(BUYER));
        racingShop.clock.advance(Duration.ofDays(7));

        assertThat(racingShop.lifecycle.revokeExpiredRoles()).isZero();

        assertThat(server.has(BUYER)).isTrue();
        assertThat(racingShop.once.isMarked(ROLE_TOPIC, BUYER.asString())).isTrue();
        racingShop.clock.advance(Duration.ofDays(7));
        assertThat(racingShop.lifecycle.revokeExpiredRoles()).isEqualTo(1);
        assertThat(server.has(BUYER)).isFalse();
    }

    @Test
    void aFailedRevocationIsTriedAgainOnTheNextSweep() {
        AtomicInteger failures = new AtomicInteger(1);
        RecordingLicensedRoleGateway server = new RecordingLicensedRoleGateway();
        LifecycleShop flaky = new LifecycleShop(new LicensedRoleGateway() {
            @Override
            public void grant(DiscordUserId user) {
                server.grant(user);
            }

            @Override
            public void revoke(DiscordUserId user) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("Discord unavailable");
                }
                server.revoke(user);
            }
        });
        flaky.lifecycle.licenseDelivered(flaky.sell(BUYER));
        flaky.lifecycle.licenseDelivered(flaky.sell(OTHER_BUYER));
        flaky.clock.advance(Duration.ofDays(7));

        assertThat(flaky.lifecycle.revokeExpiredRoles()).isEqualTo(1);
        assertThat(flaky.lifecycle.revokeExpiredRoles()).isEqualTo(1);

        assertThat(server.holders()).isEmpty();
        assertThat(flaky.once.subjects(ROLE_TOPIC, null, 10)).isEmpty();
    }

    @Test
    void aFailedGrantDoesNotFailTheDeliveryAndTheHolderStaysKnown() {
        LifecycleShop broken = new LifecycleShop(new LicensedRoleGateway() {
            @Override
            public void grant(DiscordUserId user) {
                throw new IllegalStateException("missing permission");
            }

            @Override
            public void revoke(DiscordUserId user) {
                // nothing to take
            }
        });

        broken.lifecycle.licenseDelivered(broken.sell(BUYER));

        assertThat(broken.once.isMarked(ROLE_TOPIC, BUYER.asString())).isTrue();
    }

    @Test
    void aMarkThatIsNoUserIdIsForgotten() {
        shop.once.markOnce(ROLE_TOPIC, "not-a-user", shop.clock.instant());
        deliver(BUYER);

        assertThat(shop.lifecycle.revokeExpiredRoles()).isZero();

        assertThat(shop.once.subjects(ROLE_TOPIC, null, 10)).containsExactly(BUYER.asString());
        assertThat(shop.roles.holders()).containsExactly(BUYER);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> shop.lifecycle.licenseDelivered(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> shop.lifecycle.memberJoined(null)).isInstanceOf(NullPointerException.class);
    }
}
